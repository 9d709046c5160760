using System.Collections.Immutable;
using System.Text.Json;
using System.Threading.Channels;

using Carbet.Serving.Scoring;
using Carbet.Tracking.Predictions;

namespace Carbet.Serving.Logging;

/// <summary>The prediction log: requests hand their predictions to a bounded in-memory queue and return at once; a background
/// writer stores them in batches. When the store is down, predictions wait in memory, then in a disk buffer, and are delivered
/// once it answers again.</summary>
/// <remarks><see cref="Enqueue(PredictionRecord)"/> never waits for the store: it puts the prediction in the queue, or, when the queue is full,
/// appends it to the disk buffer; only when both are full is it dropped (and counted). The store's log is idempotent by
/// prediction id, so a batch delivered twice across an outage is stored once. Disposing flushes: the writer gets
/// <see cref="PredictionLogOptions.ShutdownTimeout"/> to store what is queued, and what remains goes to the disk buffer,
/// which the next start delivers.</remarks>
public sealed partial class PredictionLog : IAsyncDisposable
{
    private readonly IPredictionStore _store;
    private readonly PredictionLogOptions _options;
    private readonly TimeProvider _time;
    private readonly Action<PredictionLogEvent>? _log;
    private readonly Channel<PredictionRecord> _queue;
    private readonly SpillBuffer _spill;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _writer;
    private long _enqueued, _written, _buffered, _spilled, _dropped, _failures;
    private bool _down;
    private int _disposed;

    /// <summary>Starts the writer, which first delivers what an earlier process left in the disk buffer.</summary>
    public PredictionLog(IPredictionStore store, PredictionLogOptions options, TimeProvider time, Action<PredictionLogEvent>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        (_store, _options, _time, _log) = (store, options, time, log);
        _queue = Channel.CreateBounded<PredictionRecord>(new BoundedChannelOptions(options.Capacity) { SingleReader = true });
        _spill = new SpillBuffer(options.SpillFolder, options.MaxSpillBytes, time);
        if (_spill.Recovered > 0)
            _log?.Invoke(new PredictionLogEvent("recovered", $"{_spill.Recovered} predictions left in {options.SpillFolder} by an earlier run will be delivered."));
        _writer = Task.Run(RunAsync);
    }

    /// <summary>The counts so far.</summary>
    public PredictionLogCounters Counters => new(Interlocked.Read(ref _enqueued), Interlocked.Read(ref _written), Interlocked.Read(ref _buffered),
        Interlocked.Read(ref _spilled), _spill.OnDisk, _spill.Recovered, Interlocked.Read(ref _dropped), Interlocked.Read(ref _failures));

    /// <summary>Hands a request's predictions to the log with the rows they scored (pseudonymised as configured), without
    /// waiting for the store.</summary>
    public void Enqueue(ImmutableArray<RowPrediction> predictions, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> rows, double latencyMs, DateTimeOffset at)
    {
        foreach (var record in PredictionEntries.From(predictions, rows, latencyMs, at, _options.Pseudonymiser))
            Enqueue(record);
    }

    /// <summary>Hands a prediction to the log without waiting for the store.</summary>
    public void Enqueue(PredictionRecord prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        Interlocked.Increment(ref _enqueued);
        Interlocked.Increment(ref _buffered);
        if (_queue.Writer.TryWrite(prediction))
            return;
        Interlocked.Decrement(ref _buffered);
        if (_spill.TryAppend([prediction]))
        {
            Interlocked.Increment(ref _spilled);
            return;
        }
        if (Interlocked.Increment(ref _dropped) == 1)
            _log?.Invoke(new PredictionLogEvent("dropped", "The prediction log's memory and disk buffers are full: predictions are being dropped."));
    }

    /// <summary>Waits until every prediction enqueued before the call is stored (or dropped).</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        var target = Interlocked.Read(ref _enqueued) + _spill.Recovered;
        while (Interlocked.Read(ref _written) + Interlocked.Read(ref _dropped) < target)
            await Task.Delay(TimeSpan.FromMilliseconds(5), _time, ct);
    }

    /// <summary>Stops taking predictions, gives the store <see cref="PredictionLogOptions.ShutdownTimeout"/> to take what is
    /// queued, writes the rest to the disk buffer, and stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _queue.Writer.TryComplete();
        try
        {
            await _writer.WaitAsync(_options.ShutdownTimeout, _time);
        }
        catch (TimeoutException)
        {
            await _stopping.CancelAsync();
            await _writer;
        }
        _spill.Dispose();
        _stopping.Dispose();
    }
}
