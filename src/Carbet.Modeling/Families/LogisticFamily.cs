using Carbet.Core;

using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Carbet.Modeling.Families;

/// <summary>Logistic regression fitted by L-BFGS on scaled features.</summary>
public sealed class LogisticFamily : ITransferable
{
    private static readonly HyperParameter L1 = HyperParameter.LogFloat("l1_regularization", 1e-4, 100, 1);
    private static readonly HyperParameter L2 = HyperParameter.LogFloat("l2_regularization", 1e-4, 100, 1);
    private static readonly HyperParameter History = HyperParameter.Int("history_size", 5, 50, 20);

    /// <inheritdoc/>
    public string Name => "logistic";

    /// <inheritdoc/>
    public bool NeedsNormalization => true;

    /// <inheritdoc/>
    public bool HandlesMissingValues => false;

    /// <inheritdoc/>
    public SearchSpace Space { get; } = new([L1, L2, History]);

    /// <inheritdoc/>
    public bool SupportsExampleWeights => true;

    /// <inheritdoc/>
    public string TransferDescription =>
        "Warm start: L-BFGS begins at the parent's weights and bias (ML.NET's initial LinearModelParameters) on features rescaled on the new rows.";

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed) => BuildTrainer(ml, values, seed, exampleWeightColumn: null);

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed, string? exampleWeightColumn)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(values);
        return Trainer(ml, values, exampleWeightColumn);
    }

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed, FamilyFitOptions options)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        var trainer = Trainer(ml, values, exampleWeightColumn: null);
        if (options.Parent is not { } parent)
            return trainer;
        var fitted = FamilyModelFile.Find<BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>>(
            FamilyModelFile.Load(ml, parent.ModelFile, out _)) ?? throw new UserErrorException(
                $"The parent model {parent.ParentId} holds no logistic regression.", "Transfer from a model of the logistic family, or train without a parent.");
        return new WarmStartEstimator<LinearModelParameters>(trainer, fitted.Model.SubModel, trainer.Fit);
    }

    private static LbfgsLogisticRegressionBinaryTrainer Trainer(MLContext ml, HyperParameters values, string? exampleWeightColumn) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = FamilyColumns.Label,
            FeatureColumnName = FamilyColumns.Features,
            ExampleWeightColumnName = exampleWeightColumn,
            L1Regularization = (float)values.Get(L1),
            L2Regularization = (float)values.Get(L2),
            HistorySize = values.GetInt(History),
            // ML.NET's default (1e-7, no iteration cap) runs OWL-QN on for thousands of steps on one-hot data for
            // changes in the fourth decimal of the AUC; 1e-5 with a cap of 1,000 stops when the loss has settled
            OptimizationTolerance = 1e-5f,
            MaximumNumberOfIterations = 1000,
            NumberOfThreads = 1,
        });
}
