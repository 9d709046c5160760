using System.Collections.Immutable;

namespace Carbet.Tracking.Predictions;

/// <summary>The prediction log, the actual outcomes that come back later, and the labels both give.</summary>
/// <remarks>Contract (<c>StoreContractTests.Predictions</c>): <see cref="LogAsync"/> writes a batch in one transaction by
/// the engine's bulk path, and is idempotent by prediction id, so a batch delivered twice (after an outage) is stored once;
/// a prediction in the <c>review</c> band opens a pending review in the same transaction. Feedback is recorded once per
/// prediction: the same outcome again changes nothing, another outcome is a conflict and the first is kept.</remarks>
public interface IPredictionStore
{
    /// <summary>Stores the predictions not stored yet, and a pending review for each in the review band; returns how many were new.</summary>
    Task<int> LogAsync(IReadOnlyList<PredictionRecord> predictions, CancellationToken ct);

    /// <summary>One logged prediction, or null.</summary>
    Task<PredictionRecord?> GetAsync(Guid id, CancellationToken ct);

    /// <summary>Records the actual outcome of a logged prediction.</summary>
    Task<FeedbackResult> RecordFeedbackAsync(Guid predictionId, string outcome, string source, CancellationToken ct);

    /// <summary>The predictions of a model that have a label, oldest first: the actual outcome when known, else the decided
    /// label of a review (the prediction's own label when accepted, the reviewer's when overridden).</summary>
    /// <param name="since">Only predictions made at or after this time; null for all.</param>
    /// <param name="take">At most this many, 1 to 10,000.</param>
    Task<ImmutableArray<LabelledPrediction>> ListLabelledAsync(string model, DateTimeOffset? since, int take, CancellationToken ct);
}
