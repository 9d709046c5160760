using Carbet.Serving.Observability;

namespace Carbet.Server.Tests.Metrics;

internal sealed class FixedReviewQueue(ReviewQueueReading reading) : IReviewQueueGauges
{
    public ReviewQueueReading Read() => reading;
}
