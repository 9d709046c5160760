using System.Collections.Immutable;

using Carbet.Serving.Scoring;
using Carbet.Tracking.Reviews;

namespace Carbet.Serving.Review;

/// <summary>The stop switch of the model served: while on, every prediction goes to review with the reason
/// <see cref="Bands.StopSwitch"/>.</summary>
/// <remarks>The state lives in the store, so every server of a model sees it: a flip through this server takes effect at once,
/// a flip through another server within one poll interval. If the store does not answer, the last state read stays.</remarks>
public sealed class StopSwitch : IAsyncDisposable
{
    private readonly IReviewStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _poll;
    private readonly CancellationTokenSource _stop = new();
    private volatile StopSwitchState _state;
    private Task? _polling;

    /// <summary>Creates the switch of <paramref name="model"/>, off until <see cref="StartAsync"/> reads it.</summary>
    public StopSwitch(IReviewStore store, string model, TimeSpan poll, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(poll, TimeSpan.Zero);
        (_store, _poll, _time) = (store, poll, time);
        _state = StopSwitchState.Never(model);
    }

    /// <summary>The state last read or set.</summary>
    public StopSwitchState State => _state;

    /// <summary>Reads the state and starts polling it.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        _state = await _store.GetStopSwitchAsync(_state.Model, ct);
        _polling = PollAsync(_stop.Token);
    }

    /// <summary>Turns the switch on or off in the store, then here.</summary>
    public async Task<StopSwitchState> SetAsync(bool on, string reason, string actor, CancellationToken ct)
    {
        var state = await _store.SetStopSwitchAsync(_state.Model, on, reason, actor, ct);
        _state = state;
        return state;
    }

    /// <summary>The predictions as they leave the server: unchanged while the switch is off; all in review while it is on.</summary>
    public ImmutableArray<RowPrediction> Apply(ImmutableArray<RowPrediction> predictions) => !_state.On ? predictions
        : [.. predictions.Select(p => p with { Band = Bands.Review, Reasons = p.Reasons.Add(Bands.StopSwitch) })];

    /// <summary>Stops polling.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
            return;
        await _stop.CancelAsync();
        if (_polling is not null)
            await _polling;
        _stop.Dispose();
    }

    private async Task PollAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_poll, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    _state = await _store.GetStopSwitchAsync(_state.Model, ct);
                }
#pragma warning disable CA1031 // a store that does not answer keeps the last state read
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
