namespace Carbet.Tracking.Reviews;

/// <summary>The review queue (predictions a person should look at), the decisions people make, and the stop switch.</summary>
/// <remarks>Contract (<c>StoreContractTests.Reviews</c>): reviews are opened by <see cref="Predictions.IPredictionStore.LogAsync"/>;
/// a review is decided once, atomically, so of two concurrent decisions exactly one wins; flipping the stop switch keeps
/// its history and writes an audit event in the same transaction.</remarks>
public interface IReviewStore
{
    /// <summary>A page of reviews, newest first.</summary>
    Task<ReviewPage> ListAsync(ReviewQuery query, CancellationToken ct);

    /// <summary>The review of one prediction, or null.</summary>
    Task<ReviewRecord?> GetAsync(Guid predictionId, CancellationToken ct);

    /// <summary>Accepts or overrides a pending review.</summary>
    Task<DecisionResult> DecideAsync(Guid predictionId, ReviewDecision decision, CancellationToken ct);

    /// <summary>How many reviews of a model (or of every model, when null) are in each status.</summary>
    Task<ReviewCounts> CountsAsync(string? model, CancellationToken ct);

    /// <summary>The stop switch of a model.</summary>
    Task<StopSwitchState> GetStopSwitchAsync(string model, CancellationToken ct);

    /// <summary>Turns the stop switch of a model on or off, with who and why.</summary>
    Task<StopSwitchState> SetStopSwitchAsync(string model, bool on, string reason, string actor, CancellationToken ct);
}
