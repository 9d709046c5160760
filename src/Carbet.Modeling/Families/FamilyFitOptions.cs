namespace Carbet.Modeling.Families;

/// <summary>Optional inputs to one fit beyond the hyperparameters.</summary>
public sealed record FamilyFitOptions
{
    /// <summary>No parent and no pruning.</summary>
    public static FamilyFitOptions None { get; } = new();

    /// <value>The model to continue from; see <see cref="ITransferable"/> and <see cref="FamilyTransfer.Describe"/>. The default is none.</value>
    public TransferSource? Parent { get; init; }

    /// <value>Called by iterative families after each epoch with its number (from 1) and validation loss; returning true stops
    /// the fit early, as a tuner's pruner asks. Families fitted in one go ignore it. The default is none.</value>
    public Func<int, double, bool>? Prune { get; init; }
}
