using System.Threading.Channels;

using Carbet.Tracking.Predictions;

namespace Carbet.Serving.Logging;

public sealed partial class PredictionLog
{
    private async Task RunAsync()
    {
        var batch = new List<PredictionRecord>(_options.BatchSize);
        var reader = _queue.Reader;
        while (true)
        {
            await FillAsync(batch, reader);
            if (batch.Count == 0 && _spill.OnDisk == 0)
            {
                if (!await reader.WaitToReadAsync(CancellationToken.None))
                    return;
                continue;
            }
            var stored = batch.Count == 0 || await TryWriteAsync(batch, fromMemory: true);
            if (stored)
                batch.Clear();
            if (stored && (_spill.OnDisk == 0 || await TryDeliverSpilledAsync()))
                continue;
            if (_stopping.IsCancellationRequested)
            {
                SpillRemaining(batch);
                return;
            }
            try
            {
                await Task.Delay(_options.RetryDelay, _time, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task FillAsync(List<PredictionRecord> batch, ChannelReader<PredictionRecord> reader)
    {
        var lingering = batch.Count == 0;
        while (batch.Count < _options.BatchSize && reader.TryRead(out var next))
            batch.Add(next);
        if (!lingering || batch.Count is 0 || batch.Count >= _options.BatchSize || _options.BatchLinger <= TimeSpan.Zero || _stopping.IsCancellationRequested)
            return;
        // a fixed pause, not a wait per arrival: waking the writer for each of thousands of predictions a second costs more than it saves
        try
        {
            await Task.Delay(_options.BatchLinger, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
        }
        while (batch.Count < _options.BatchSize && reader.TryRead(out var next))
            batch.Add(next);
    }

    private async Task<bool> TryDeliverSpilledAsync()
    {
        foreach (var file in _spill.TakeFiles())
        {
            try
            {
                if (!await TryDeliverAsync(file))
                    return false;
            }
            catch (IOException e)
            {
                var lost = _spill.Forget(file);
                Interlocked.Add(ref _dropped, lost);
                _log?.Invoke(new PredictionLogEvent("dropped", $"{file.Path} could not be read: {lost} predictions were lost.", e));
            }
        }
        return true;
    }

    private async Task<bool> TryDeliverAsync(SpillFile file)
    {
        foreach (var chunk in SpillBuffer.Read(file).Chunk(_options.BatchSize))
        {
            var readable = chunk.OfType<PredictionRecord>().ToList();
            if (readable.Count > 0 && !await TryWriteAsync(readable, fromMemory: false))
                return false;
            _spill.Delivered(file, chunk.Length);
            if (chunk.Length > readable.Count)
            {
                Interlocked.Add(ref _dropped, chunk.Length - readable.Count);
                _log?.Invoke(new PredictionLogEvent("dropped", $"{chunk.Length - readable.Count} unreadable lines of {file.Path} were skipped."));
            }
        }
        return true;
    }

    private async Task<bool> TryWriteAsync(List<PredictionRecord> batch, bool fromMemory)
    {
        try
        {
            await _store.LogAsync(batch, _stopping.Token);
        }
#pragma warning disable CA1031 // whatever the store throws, the predictions stay buffered and the write is tried again
        catch (Exception e)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _failures);
            if (!_down)
            {
                _down = true;
                _log?.Invoke(new PredictionLogEvent("store_down", "The store did not take the prediction log; predictions are buffered and will be delivered.", e));
            }
            return false;
        }
        Interlocked.Add(ref _written, batch.Count);
        if (fromMemory)
            Interlocked.Add(ref _buffered, -batch.Count);
        if (_down)
        {
            _down = false;
            _log?.Invoke(new PredictionLogEvent("store_back", "The store takes the prediction log again; buffered predictions are being delivered."));
        }
        return true;
    }

    // shutdown while the store is down: what is still in memory goes to disk, for the next start to deliver
    private void SpillRemaining(List<PredictionRecord> batch)
    {
        while (_queue.Reader.TryRead(out var next))
            batch.Add(next);
        if (batch.Count == 0)
            return;
        Interlocked.Add(ref _buffered, -batch.Count);
        if (_spill.TryAppend(batch))
        {
            Interlocked.Add(ref _spilled, batch.Count);
            _log?.Invoke(new PredictionLogEvent("spilled", $"The store is down at shutdown: {batch.Count} predictions were written to {_options.SpillFolder} for the next start."));
        }
        else
        {
            Interlocked.Add(ref _dropped, batch.Count);
            _log?.Invoke(new PredictionLogEvent("dropped", $"The store is down at shutdown and there is no room on disk: {batch.Count} predictions were dropped."));
        }
    }
}
