using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Families;

/// <summary>Gradient-boosted trees by LightGBM, run on one thread so results repeat.</summary>
public sealed class LightGbmFamily : IModelFamily
{
    private static readonly HyperParameter Iterations = HyperParameter.Int("iterations", 20, 1000, 200);
    private static readonly HyperParameter Leaves = HyperParameter.Int("leaves", 4, 256, 31);
    private static readonly HyperParameter LearningRate = HyperParameter.LogFloat("learning_rate", 0.005, 0.3, 0.05);
    private static readonly HyperParameter MinLeaf = HyperParameter.Int("min_examples_per_leaf", 5, 200, 20);
    private static readonly HyperParameter Booster = HyperParameter.Categorical("booster", "gbdt", "goss", "dart");

    /// <inheritdoc/>
    public string Name => "lightgbm";

    /// <inheritdoc/>
    public bool NeedsNormalization => false;

    /// <inheritdoc/>
    public bool HandlesMissingValues => true;

    /// <inheritdoc/>
    public SearchSpace Space { get; } = new([Iterations, Leaves, LearningRate, MinLeaf, Booster]);

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
            Booster = values.GetInt(Booster) switch
            {
                1 => new GossBooster.Options(),
                2 => new DartBooster.Options(),
                _ => new GradientBooster.Options(),
            },
            Seed = seed,
            Deterministic = true,
            NumberOfThreads = 1,
            Silent = true,
        });
    }
}
