namespace Carbet.Serving.Observability;

/// <summary>The review queue's state as the server's <c>/metrics</c> shows it: the predictions waiting for a person and
/// the share of decisions that overrode the model.</summary>
/// <remarks>Contract: the server calls <see cref="Read"/> at each scrape, from any thread, when an implementation is
/// registered in its services; it must be cheap (a cached count, not a query per scrape) and must not throw. With none
/// registered, the review gauges are left out of <c>/metrics</c>.</remarks>
public interface IReviewQueueGauges
{
    /// <summary>The queue's state now.</summary>
    ReviewQueueReading Read();
}
