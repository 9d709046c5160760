using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Tasks;

/// <summary>The mean: every row gets the training rows' mean target, whatever its features; its R² is about 0.</summary>
/// <remarks>LightGBM starts from the mean of the label; one tree shrunk by a learning rate of one millionth adds next to
/// nothing to it, so the model is the mean saved as an ordinary ML.NET model file.</remarks>
public sealed class RegressionBaselineFamily() : TaskFamily("baseline", TaskKind.Regression, SearchSpace.Empty, linear: false)
{
    /// <inheritdoc/>
    protected override IEstimator<ITransformer> Trainer(MLContext ml, HyperParameters values, int seed)
    {
        return ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = TaskColumns.Label,
            FeatureColumnName = TaskColumns.Features,
            NumberOfIterations = 1,
            NumberOfLeaves = 2,
            LearningRate = 1e-6,
            Seed = seed,
            Deterministic = true,
            NumberOfThreads = 1,
            Silent = true,
        });
    }
}
