using System.Collections.Immutable;

using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Carbet.Modeling.Families;

/// <summary>A random forest by ML.NET's FastForest, with a Platt calibrator since forests give no probabilities.</summary>
public sealed class FastForestFamily : IModelFamily
{
    private static readonly HyperParameter Trees = HyperParameter.LogInt("trees", 20, 500, 100);
    private static readonly HyperParameter Leaves = HyperParameter.LogInt("leaves", 4, 256, 20);
    private static readonly HyperParameter MinLeaf = HyperParameter.LogInt("min_examples_per_leaf", 2, 200, 10);
    private static readonly HyperParameter FeatureFraction = HyperParameter.Float("feature_fraction", 0.3, 1.0, 0.7);

    /// <inheritdoc/>
    public string Name => "forest";

    /// <inheritdoc/>
    public bool NeedsNormalization => false;

    /// <inheritdoc/>
    public bool HandlesMissingValues => true;

    /// <inheritdoc/>
    public SearchSpace Space { get; } = new([Trees, Leaves, MinLeaf, FeatureFraction]);

    /// <inheritdoc/>
    public bool SupportsExampleWeights => true;

    /// <inheritdoc/>
    /// <remarks>More and deeper trees on a smaller share of the columns, as the tunability study of Probst, Boulesteix and
    /// Bischl (2019) found best for random forests; and shallower trees with larger leaves for small, noisy tables.</remarks>
    public ImmutableArray<HyperParameters> Portfolio { get; } =
    [
        HyperParameters.Of((Trees, 300), (Leaves, 64), (MinLeaf, 5), (FeatureFraction, 0.5)),
        HyperParameters.Of((Trees, 300), (Leaves, 16), (MinLeaf, 30), (FeatureFraction, 0.4)),
    ];

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed) => BuildTrainer(ml, values, seed, null);

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed, string? exampleWeightColumn)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(values);
        var forest = ml.BinaryClassification.Trainers.FastForest(new FastForestBinaryTrainer.Options
        {
            LabelColumnName = FamilyColumns.Label,
            FeatureColumnName = FamilyColumns.Features,
            ExampleWeightColumnName = exampleWeightColumn,
            NumberOfTrees = values.GetInt(Trees),
            NumberOfLeaves = values.GetInt(Leaves),
            MinimumExampleCountPerLeaf = values.GetInt(MinLeaf),
            FeatureFraction = values.Get(FeatureFraction),
            Seed = seed,
            NumberOfThreads = 1,
        });
        return forest.Append(ml.BinaryClassification.Calibrators.Platt(FamilyColumns.Label));
    }
}
