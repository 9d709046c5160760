using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Carbet.Modeling.Tasks;

/// <summary>The prior: every row gets the training rows' class frequencies, whatever its features.</summary>
/// <remarks>Maximum entropy whose L2 penalty is so heavy that every weight is held at zero; L-BFGS leaves the class biases
/// unpenalised, so they settle at the log class frequencies and the softmax gives the frequencies back. The floor a real
/// model must beat: it always predicts the most frequent class.</remarks>
public sealed class MulticlassBaselineFamily() : TaskFamily("baseline", TaskKind.Multiclass, SearchSpace.Empty, linear: true)
{
    private const float Penalty = 1e7f;

    /// <inheritdoc/>
    protected override IEstimator<ITransformer> Trainer(MLContext ml, HyperParameters values, int seed)
    {
        return ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = TaskColumns.Label,
            FeatureColumnName = TaskColumns.Features,
            L1Regularization = 0,
            L2Regularization = Penalty,
            NumberOfThreads = 1,
        });
    }
}
