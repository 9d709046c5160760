using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Carbet.Modeling.Tasks;

/// <summary>Gradient-boosted regression trees by ML.NET's FastTree (MART).</summary>
public sealed class RegressionFastTreeFamily() : TaskFamily("fasttree", TaskKind.Regression, new([Trees, Leaves, LearningRate, MinLeaf]), linear: false)
{
    private static readonly HyperParameter Trees = HyperParameter.LogInt("trees", 20, 1000, 100);
    private static readonly HyperParameter Leaves = HyperParameter.LogInt("leaves", 4, 256, 20);
    private static readonly HyperParameter LearningRate = HyperParameter.LogFloat("learning_rate", 0.005, 0.5, 0.1);
    private static readonly HyperParameter MinLeaf = HyperParameter.LogInt("min_examples_per_leaf", 2, 200, 10);

    /// <inheritdoc/>
    protected override IEstimator<ITransformer> Trainer(MLContext ml, HyperParameters values, int seed)
    {
        return ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            LabelColumnName = TaskColumns.Label,
            FeatureColumnName = TaskColumns.Features,
            NumberOfTrees = values.GetInt(Trees),
            NumberOfLeaves = values.GetInt(Leaves),
            LearningRate = values.Get(LearningRate),
            MinimumExampleCountPerLeaf = values.GetInt(MinLeaf),
            Seed = seed,
            NumberOfThreads = 1,
        });
    }
}
