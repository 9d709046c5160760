using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Carbet.Modeling.Families;

/// <summary>Logistic regression fitted by stochastic dual coordinate ascent on scaled features.</summary>
/// <remarks>One thread, since SDCA's parallel updates make results depend on scheduling.</remarks>
public sealed class SdcaFamily : IModelFamily
{
    private static readonly HyperParameter L2 = HyperParameter.LogFloat("l2_regularization", 1e-6, 10, 1e-3);
    private static readonly HyperParameter L1 = HyperParameter.LogFloat("l1_regularization", 1e-6, 10, 1e-4);
    private static readonly HyperParameter Iterations = HyperParameter.Int("max_iterations", 5, 200, 50);

    /// <inheritdoc/>
    public string Name => "sdca";

    /// <inheritdoc/>
    public bool NeedsNormalization => true;

    /// <inheritdoc/>
    public bool HandlesMissingValues => false;

    /// <inheritdoc/>
    public SearchSpace Space { get; } = new([L2, L1, Iterations]);

    /// <inheritdoc/>
    public bool SupportsExampleWeights => true;

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed) => BuildTrainer(ml, values, seed, null);

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed, string? exampleWeightColumn)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(values);
        return ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = FamilyColumns.Label,
            FeatureColumnName = FamilyColumns.Features,
            ExampleWeightColumnName = exampleWeightColumn,
            L2Regularization = (float)values.Get(L2),
            L1Regularization = (float)values.Get(L1),
            MaximumNumberOfIterations = values.GetInt(Iterations),
            NumberOfThreads = 1,
        });
    }
}
