using System.Collections.Immutable;

using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Carbet.Modeling.Families;

/// <summary>Gradient-boosted trees by ML.NET's FastTree (MART), whose scores come Platt-calibrated.</summary>
public sealed class FastTreeFamily : IModelFamily
{
    private static readonly HyperParameter Trees = HyperParameter.LogInt("trees", 20, 1000, 100);
    private static readonly HyperParameter Leaves = HyperParameter.LogInt("leaves", 4, 256, 20);
    private static readonly HyperParameter LearningRate = HyperParameter.LogFloat("learning_rate", 0.005, 0.5, 0.1);
    private static readonly HyperParameter MinLeaf = HyperParameter.LogInt("min_examples_per_leaf", 2, 200, 10);

    /// <inheritdoc/>
    public string Name => "fasttree";

    /// <inheritdoc/>
    public bool NeedsNormalization => false;

    /// <inheritdoc/>
    public bool HandlesMissingValues => true;

    /// <inheritdoc/>
    public SearchSpace Space { get; } = new([Trees, Leaves, LearningRate, MinLeaf]);

    /// <inheritdoc/>
    public bool SupportsExampleWeights => true;

    /// <inheritdoc/>
    /// <remarks>Slow learning with many trees, strongly regularised small trees, and fast larger trees: see
    /// <see cref="LightGbmFamily.Portfolio"/>.</remarks>
    public ImmutableArray<HyperParameters> Portfolio { get; } =
    [
        HyperParameters.Of((Trees, 500), (Leaves, 31), (LearningRate, 0.03), (MinLeaf, 20)),
        HyperParameters.Of((Trees, 300), (Leaves, 8), (LearningRate, 0.05), (MinLeaf, 50)),
        HyperParameters.Of((Trees, 150), (Leaves, 63), (LearningRate, 0.1), (MinLeaf, 10)),
    ];

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed) => BuildTrainer(ml, values, seed, null);

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed, string? exampleWeightColumn)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(values);
        return ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = FamilyColumns.Label,
            FeatureColumnName = FamilyColumns.Features,
            ExampleWeightColumnName = exampleWeightColumn,
            NumberOfTrees = values.GetInt(Trees),
            NumberOfLeaves = values.GetInt(Leaves),
            LearningRate = values.Get(LearningRate),
            MinimumExampleCountPerLeaf = values.GetInt(MinLeaf),
            Seed = seed,
            NumberOfThreads = 1,
        });
    }
}
