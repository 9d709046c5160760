using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Tasks;

/// <summary>Gradient-boosted regression trees by LightGBM (squared error), run on one thread so results repeat.</summary>
public sealed class RegressionLightGbmFamily() : TaskFamily("lightgbm", TaskKind.Regression, new([Iterations, Leaves, LearningRate, MinLeaf]), linear: false)
{
    private static readonly HyperParameter Iterations = HyperParameter.LogInt("iterations", 20, 1000, 200);
    private static readonly HyperParameter Leaves = HyperParameter.LogInt("leaves", 4, 256, 31);
    private static readonly HyperParameter LearningRate = HyperParameter.LogFloat("learning_rate", 0.005, 0.3, 0.05);
    private static readonly HyperParameter MinLeaf = HyperParameter.LogInt("min_examples_per_leaf", 2, 200, 10);

    /// <inheritdoc/>
    /// <remarks>The trees, sizes and rates of the binary LightGBM portfolio (<see cref="LightGbmFamily.Portfolio"/>): slow
    /// learning with many trees, small regularised trees, nearly additive trees of 4 leaves, and fast larger trees.</remarks>
    public System.Collections.Immutable.ImmutableArray<HyperParameters> Portfolio { get; } =
    [
        HyperParameters.Of((Iterations, 600), (Leaves, 31), (LearningRate, 0.02), (MinLeaf, 20)),
        HyperParameters.Of((Iterations, 400), (Leaves, 7), (LearningRate, 0.03), (MinLeaf, 50)),
        HyperParameters.Of((Iterations, 300), (Leaves, 4), (LearningRate, 0.04), (MinLeaf, 20)),
        HyperParameters.Of((Iterations, 150), (Leaves, 63), (LearningRate, 0.1), (MinLeaf, 10)),
    ];

    /// <inheritdoc/>
    protected override IEstimator<ITransformer> Trainer(MLContext ml, HyperParameters values, int seed)
    {
        return ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = TaskColumns.Label,
            FeatureColumnName = TaskColumns.Features,
            NumberOfIterations = values.GetInt(Iterations),
            NumberOfLeaves = values.GetInt(Leaves),
            LearningRate = values.Get(LearningRate),
            MinimumExampleCountPerLeaf = values.GetInt(MinLeaf),
            Seed = seed,
            Deterministic = true,
            NumberOfThreads = 1,
            Silent = true,
        });
    }
}
