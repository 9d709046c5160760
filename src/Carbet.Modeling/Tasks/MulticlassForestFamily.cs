using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Carbet.Modeling.Tasks;

/// <summary>One FastForest random forest per class against the rest, each Platt-calibrated, the class probabilities
/// normalised to sum to 1.</summary>
public sealed class MulticlassForestFamily : ITaskFamily
{
    private static readonly HyperParameter Trees = HyperParameter.Int("trees", 20, 500, 100);
    private static readonly HyperParameter Leaves = HyperParameter.Int("leaves", 4, 256, 20);
    private static readonly HyperParameter MinLeaf = HyperParameter.Int("min_examples_per_leaf", 2, 200, 5);
    private static readonly HyperParameter FeatureFraction = HyperParameter.Float("feature_fraction", 0.3, 1.0, 0.7);

    /// <inheritdoc/>
    public string Name => "forest";

    /// <inheritdoc/>
    public TaskKind Task => TaskKind.Multiclass;

    /// <inheritdoc/>
    public bool NeedsNormalization => false;

    /// <inheritdoc/>
    public bool HandlesMissingValues => true;

    /// <inheritdoc/>
    public SearchSpace Space { get; } = new([Trees, Leaves, MinLeaf, FeatureFraction]);

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(values);
        var forest = ml.BinaryClassification.Trainers.FastForest(new FastForestBinaryTrainer.Options
        {
            NumberOfTrees = values.GetInt(Trees),
            NumberOfLeaves = values.GetInt(Leaves),
            MinimumExampleCountPerLeaf = values.GetInt(MinLeaf),
            FeatureFraction = values.Get(FeatureFraction),
            Seed = seed,
            NumberOfThreads = 1,
        });
        return ml.MulticlassClassification.Trainers.OneVersusAll(forest, TaskColumns.Label, useProbabilities: true);
    }
}
