using Carbet.Serving.Logging;

namespace Carbet.Server.Endpoints;

/// <summary>A prediction made a moment ago may still be in the log's queue: before answering 404 for it, give the log a moment.</summary>
internal static class PendingLog
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(1);

    /// <summary>Waits up to a second for the log to store what is queued; false when it could not (the store is slow or down).</summary>
    public static async Task<bool> FlushAsync(PredictionLog log, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Wait);
        try
        {
            await log.FlushAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
