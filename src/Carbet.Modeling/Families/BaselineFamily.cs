using Microsoft.ML;

namespace Carbet.Modeling.Families;

/// <summary>The prior: every row gets the training set's positive rate, ignoring the features.</summary>
/// <remarks>The floor a real model must beat; its AUC is 0.5 by construction.</remarks>
public sealed class BaselineFamily : IModelFamily
{
    /// <inheritdoc/>
    public string Name => "baseline";

    /// <inheritdoc/>
    public bool NeedsNormalization => false;

    /// <inheritdoc/>
    public bool HandlesMissingValues => true;

    /// <inheritdoc/>
    public SearchSpace Space => SearchSpace.Empty;

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed)
    {
        ArgumentNullException.ThrowIfNull(ml);
        return ml.BinaryClassification.Trainers.Prior(FamilyColumns.Label);
    }
}
