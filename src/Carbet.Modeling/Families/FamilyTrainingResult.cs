using Carbet.Modeling.Training;

namespace Carbet.Modeling.Families;

/// <summary>A family fitted once, with how fast it scores.</summary>
/// <param name="Family">The family's name.</param>
/// <param name="Parameters">The hyperparameters it was fitted with, defaults filled in.</param>
/// <param name="Model">The fitted model, its test metrics, row counts and fit time.</param>
/// <param name="InferencePerRow">Scoring time of the test rows (loading included) divided by their number.</param>
public sealed record FamilyTrainingResult(string Family, HyperParameters Parameters, TrainedBinaryModel Model, TimeSpan InferencePerRow)
{
    /// <value>Per-epoch training and validation loss of iterative families (mlp), for intermediate values and plots.
    /// The default is empty: families fitted in one go report none.</value>
    public IReadOnlyList<(int Epoch, double TrainLoss, double ValidationLoss)> Curve { get; init; } = [];

    /// <value>The <see cref="TransferSource.ParentId"/> of the model this one continued from. The default is none: trained afresh.</value>
    public string? Parent { get; init; }
}
