using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Carbet.Modeling.Tasks;

/// <summary>Multinomial logistic regression (maximum entropy) fitted by L-BFGS on scaled features.</summary>
public sealed class MulticlassLogisticFamily() : TaskFamily("logistic", TaskKind.Multiclass, new([L1, L2, History]), linear: true)
{
    private static readonly HyperParameter L1 = HyperParameter.LogFloat("l1_regularization", 1e-4, 100, 1);
    private static readonly HyperParameter L2 = HyperParameter.LogFloat("l2_regularization", 1e-4, 100, 1);
    private static readonly HyperParameter History = HyperParameter.Int("history_size", 5, 50, 20);

    /// <inheritdoc/>
    protected override IEstimator<ITransformer> Trainer(MLContext ml, HyperParameters values, int seed)
    {
        return ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = TaskColumns.Label,
            FeatureColumnName = TaskColumns.Features,
            L1Regularization = (float)values.Get(L1),
            L2Regularization = (float)values.Get(L2),
            HistorySize = values.GetInt(History),
            NumberOfThreads = 1,
        });
    }
}
