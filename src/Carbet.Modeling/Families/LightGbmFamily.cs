using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Families;

/// <summary>Gradient-boosted trees by LightGBM, run on one thread so results repeat.</summary>
public sealed class LightGbmFamily : IModelFamily
{
    private static readonly HyperParameter Iterations = HyperParameter.Int("iterations", 50, 1000, 200);
    private static readonly HyperParameter Leaves = HyperParameter.Int("leaves", 4, 128, 31);
    private static readonly HyperParameter LearningRate = HyperParameter.LogFloat("learning_rate", 0.005, 0.3, 0.05);
    private static readonly HyperParameter MinLeaf = HyperParameter.Int("min_examples_per_leaf", 2, 100, 20);
    private static readonly HyperParameter FeatureFraction = HyperParameter.Float("feature_fraction", 0.4, 1, 1);
    private static readonly HyperParameter Subsample = HyperParameter.Float("subsample", 0.5, 1, 1);
    private static readonly HyperParameter L2 = HyperParameter.LogFloat("l2_regularization", 1e-3, 10, 0.01);
    private static readonly HyperParameter L1 = HyperParameter.LogFloat("l1_regularization", 1e-3, 10, 1e-3);

    /// <inheritdoc/>
    public string Name => "lightgbm";

    /// <inheritdoc/>
    public bool NeedsNormalization => false;

    /// <inheritdoc/>
    public bool HandlesMissingValues => true;

    /// <inheritdoc/>
    // the space of the usual gradient-boosting studies (trees, size, rate, row and column sampling, L1/L2): each
    // parameter matters on some data, and no slow booster (dart) is in it, so a trial costs at most 1,000 trees
    public SearchSpace Space { get; } = new([Iterations, Leaves, LearningRate, MinLeaf, FeatureFraction, Subsample, L2, L1]);

    /// <inheritdoc/>
    public bool SupportsExampleWeights => true;

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed) => BuildTrainer(ml, values, seed, null);

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed, string? exampleWeightColumn)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(values);
        return ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = FamilyColumns.Label,
            FeatureColumnName = FamilyColumns.Features,
            ExampleWeightColumnName = exampleWeightColumn,
            NumberOfIterations = values.GetInt(Iterations),
            NumberOfLeaves = values.GetInt(Leaves),
            LearningRate = values.Get(LearningRate),
            MinimumExampleCountPerLeaf = values.GetInt(MinLeaf),
            Booster = new GradientBooster.Options
            {
                FeatureFraction = values.Get(FeatureFraction),
                SubsampleFraction = values.Get(Subsample),
                SubsampleFrequency = values.Get(Subsample) < 1 ? 1 : 0,
                L2Regularization = values.Get(L2),
                L1Regularization = values.Get(L1),
            },
            Seed = seed,
            Deterministic = true,
            NumberOfThreads = 1,
            Silent = true,
        });
    }
}
