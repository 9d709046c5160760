using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Carbet.Modeling.Tasks;

/// <summary>Linear least squares fitted by stochastic dual coordinate ascent on scaled features.</summary>
/// <remarks>One thread, since SDCA's parallel updates make results depend on scheduling.</remarks>
public sealed class RegressionSdcaFamily() : TaskFamily("sdca", TaskKind.Regression, new([L2, L1, Iterations]), linear: true)
{
    private static readonly HyperParameter L2 = HyperParameter.LogFloat("l2_regularization", 1e-6, 10, 1e-3);
    private static readonly HyperParameter L1 = HyperParameter.LogFloat("l1_regularization", 1e-6, 10, 1e-4);
    private static readonly HyperParameter Iterations = HyperParameter.Int("max_iterations", 5, 200, 50);

    /// <inheritdoc/>
    protected override IEstimator<ITransformer> Trainer(MLContext ml, HyperParameters values, int seed)
    {
        return ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
        {
            LabelColumnName = TaskColumns.Label,
            FeatureColumnName = TaskColumns.Features,
            L2Regularization = (float)values.Get(L2),
            L1Regularization = (float)values.Get(L1),
            MaximumNumberOfIterations = values.GetInt(Iterations),
            NumberOfThreads = 1,
        });
    }
}
