using System.Collections.Immutable;

using Carbet.Tracking.Predictions;

namespace Carbet.Serving.Tests.Logging;

/// <summary>The real store's prediction log behind a switch that makes it fail as a store that does not answer; every
/// write that gets through, including those after the outage, goes to the real store.</summary>
internal sealed class OutageStore(IPredictionStore real) : IPredictionStore
{
    private volatile bool _down;

    public int Attempts;

    public void GoDown() => _down = true;

    public void ComeBack() => _down = false;

    public Task<int> LogAsync(IReadOnlyList<PredictionRecord> predictions, CancellationToken ct)
    {
        Interlocked.Increment(ref Attempts);
        return _down ? Task.FromException<int>(new TimeoutException("The store did not answer.")) : real.LogAsync(predictions, ct);
    }

    public Task<PredictionRecord?> GetAsync(Guid id, CancellationToken ct) => real.GetAsync(id, ct);

    public Task<FeedbackResult> RecordFeedbackAsync(Guid predictionId, string outcome, string source, CancellationToken ct) =>
        real.RecordFeedbackAsync(predictionId, outcome, source, ct);

    public Task<ImmutableArray<LabelledPrediction>> ListLabelledAsync(string model, DateTimeOffset? since, int take, CancellationToken ct) =>
        real.ListLabelledAsync(model, since, take, ct);
}
