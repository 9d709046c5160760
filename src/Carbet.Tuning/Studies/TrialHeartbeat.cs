using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Studies;

/// <summary>Records a running trial's heartbeat every interval until disposed.</summary>
/// <remarks>A heartbeat that cannot be written is counted and skipped, never fatal: the trial only looks older to
/// other workers, and a worker that cannot reach the store for a whole grace period sees its trial failed as stale.</remarks>
internal sealed class TrialHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private TrialHeartbeat(IStudyStorage storage, string trialId, TimeSpan interval, TimeProvider time) =>
        _loop = RunAsync(storage, trialId, interval, time);

    /// <summary>Heartbeats that could not be written.</summary>
    public int Missed { get; private set; }

    /// <summary>Whether the store said the trial no longer runs, e.g. another worker failed it as stale.</summary>
    public bool Lost { get; private set; }

    /// <summary>Starts the heartbeats of <paramref name="trialId"/>, or returns null when <paramref name="interval"/> is null.</summary>
    public static TrialHeartbeat? Start(IStudyStorage storage, string trialId, TimeSpan? interval, TimeProvider time) =>
        interval is { } every ? new TrialHeartbeat(storage, trialId, every, time) : null;

    private async Task RunAsync(IStudyStorage storage, string trialId, TimeSpan interval, TimeProvider time)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                try
                {
                    if (!await storage.RecordHeartbeatAsync(trialId, time.GetUtcNow(), _stop.Token).ConfigureAwait(false))
                    {
                        Lost = true;
                        return;
                    }
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // a lost heartbeat must not fail the trial
                catch (Exception)
#pragma warning restore CA1031
                {
                    Missed++;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stops the heartbeats and waits for a write in flight to end.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
