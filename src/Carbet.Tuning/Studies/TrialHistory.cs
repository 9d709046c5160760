using System.Collections.Concurrent;
using System.Collections.Immutable;

using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Studies;

/// <summary>The trials a trial's sampler and pruner may learn from, in one call to <see cref="Study.OptimizeAsync"/>.</summary>
/// <remarks>One trial at a time sees every trial in the store, as before. With trials side by side, which trials are finished
/// when a trial samples would depend on thread timing, and so would the search; instead trial <c>n</c> sees exactly the
/// trials numbered below <c>n − lag</c>, and waits for those this call runs to finish. The lag of 2 × (side-by-side − 1)
/// lets a quick worker run ahead of a slow one by that many trials before it waits, so the same seed gives the same
/// trials on any machine.</remarks>
internal sealed class TrialHistory : IDisposable
{
    private readonly Study _study;
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _running = new();
    private readonly SemaphoreSlim _claiming = new(1, 1);

    public TrialHistory(Study study, int sideBySide)
    {
        _study = study;
        Lag = sideBySide == 1 ? 0 : 2 * (sideBySide - 1);
    }

    /// <inheritdoc/>
    public void Dispose() => _claiming.Dispose();

    /// <summary>How many trials just before its own a trial does not see.</summary>
    public int Lag { get; }

    /// <summary>Claims the study's next trial and registers it as running here before another worker of this call can claim
    /// a later one, so that the later one knows to wait for it.</summary>
    public async Task<TrialRecord?> ClaimAsync(Func<Task<TrialRecord?>> start, CancellationToken ct)
    {
        await _claiming.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var record = await start().ConfigureAwait(false);
            if (record is not null)
                _running[record.Number] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return record;
        }
        finally
        {
            _claiming.Release();
        }
    }

    /// <summary>Marks trial <paramref name="number"/> as finished, waking the trials waiting for it.</summary>
    public void Finished(int number)
    {
        if (_running.TryRemove(number, out var done))
            done.SetResult();
    }

    /// <summary>The trials trial <paramref name="number"/> may learn from, once those of this call among them have finished.</summary>
    public async Task<ImmutableArray<TrialRecord>> ForAsync(int number, CancellationToken ct)
    {
        if (Lag == 0)
            return await _study.ListTrialsAsync(ct).ConfigureAwait(false);
        var seenBelow = number - Lag;
        var earlier = _running.Where(r => r.Key < seenBelow).Select(r => r.Value.Task).ToArray();
        if (earlier.Length > 0)
            await Task.WhenAll(earlier).WaitAsync(ct).ConfigureAwait(false);
        var trials = await _study.ListTrialsAsync(ct).ConfigureAwait(false);
        return [.. trials.Where(t => t.Number < seenBelow)];
    }
}
