using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Tasks;

/// <summary>Gradient-boosted trees by LightGBM with a softmax over the classes, run on one thread so results repeat.</summary>
public sealed class MulticlassLightGbmFamily() : TaskFamily("lightgbm", TaskKind.Multiclass, new([Iterations, Leaves, LearningRate, MinLeaf]), linear: false)
{
    private static readonly HyperParameter Iterations = HyperParameter.LogInt("iterations", 20, 1000, 100);
    private static readonly HyperParameter Leaves = HyperParameter.LogInt("leaves", 4, 256, 31);
    private static readonly HyperParameter LearningRate = HyperParameter.LogFloat("learning_rate", 0.005, 0.3, 0.1);
    private static readonly HyperParameter MinLeaf = HyperParameter.LogInt("min_examples_per_leaf", 2, 200, 10);

    /// <inheritdoc/>
    protected override IEstimator<ITransformer> Trainer(MLContext ml, HyperParameters values, int seed)
    {
        return ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
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
