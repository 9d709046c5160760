using Carbet.Serving.Logging;
using Carbet.Testing;
using Carbet.Tracking;
using Carbet.Tracking.Predictions;

using Microsoft.Data.Sqlite;

namespace Carbet.Serving.Tests.Logging;

public sealed class PredictionLogTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private IStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string SpillFolder => _folder.File("prediction-buffer");

    public async ValueTask InitializeAsync() =>
        _store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, Ct);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Enqueue_ManyPredictions_StoresEveryOneWithEveryField()
    {
        await using var log = new PredictionLog(_store.Predictions, Options(), TimeProvider.System);
        var sent = Predictions(1200);

        foreach (var p in sent)
            log.Enqueue(p);
        await log.FlushAsync(Ct);

        var stored = await _store.Predictions.GetAsync(sent[7].Id, Ct);
        Assert.Equal((sent[7].Inputs, sent[7].Score, sent[7].Label, sent[7].Band, sent[7].Version, sent[7].LatencyMs),
            (stored?.Inputs, stored?.Score, stored?.Label, stored?.Band, stored?.Version, stored?.LatencyMs));
        Assert.Equal(sent.Count, await CountStoredAsync(sent));
        Assert.Equal(new PredictionLogCounters(1200, 1200, 0, 0, 0, 0, 0, 0), log.Counters);
    }

    [Fact]
    public async Task Enqueue_PredictionsArrivingWithinTheLinger_AreWrittenInOneTransaction()
    {
        var counted = new OutageStore(_store.Predictions);
        await using var log = new PredictionLog(counted, Options() with { BatchLinger = TimeSpan.FromSeconds(2) }, TimeProvider.System);
        var sent = Predictions(300);

        log.Enqueue(sent[0]);
        await Task.Delay(TimeSpan.FromMilliseconds(100), Ct);
        foreach (var p in sent.Skip(1))
            log.Enqueue(p);
        await log.FlushAsync(Ct);

        Assert.Equal(1, counted.Attempts);
        Assert.Equal(sent.Count, await CountStoredAsync(sent));
    }

    [Fact]
    public async Task DisposeAsync_PredictionsStillQueued_FlushesThemToTheStore()
    {
        var sent = Predictions(3000);
        var log = new PredictionLog(_store.Predictions, Options(), TimeProvider.System);
        foreach (var p in sent)
            log.Enqueue(p);

        await log.DisposeAsync();

        Assert.Equal(sent.Count, await CountStoredAsync(sent));
        Assert.Equal(3000, log.Counters.Written);
    }

    [Fact]
    public async Task Enqueue_StoreDownThenBack_BuffersInMemoryThenOnDiskAndDeliversEverything()
    {
        var outage = new OutageStore(_store.Predictions);
        await using var log = new PredictionLog(outage, Options() with { Capacity = 100, BatchSize = 50 }, TimeProvider.System);
        var sent = Predictions(1000);
        outage.GoDown();

        foreach (var p in sent)
            log.Enqueue(p);
        await WaitUntilAsync(() => outage.Attempts >= 2);

        var during = log.Counters;
        Assert.Equal((1000L, 0L, 0L), (during.Enqueued, during.Written, during.Dropped));
        Assert.InRange(during.Buffered, 1, 150);
        Assert.True(during.OnDisk >= 850, $"{during.OnDisk} on disk");
        Assert.Equal(during.Enqueued, during.Written + during.Buffered + during.OnDisk + during.Dropped);
        Assert.NotEmpty(Directory.EnumerateFiles(SpillFolder, "*.jsonl"));

        outage.ComeBack();
        await log.FlushAsync(Ct);

        var after = log.Counters;
        Assert.Equal((1000L, 1000L, 0L, 0L, 0L), (after.Enqueued, after.Written, after.Buffered, after.OnDisk, after.Dropped));
        Assert.Equal(during.OnDisk, after.Spilled);
        Assert.True(after.Failures >= 1);
        Assert.Equal(sent.Count, await CountStoredAsync(sent));
        Assert.Empty(Directory.EnumerateFiles(SpillFolder, "*.jsonl"));
    }

    [Fact]
    public async Task DisposeAsync_StoreDown_SpillsToDiskAndTheNextLogDeliversIt()
    {
        var outage = new OutageStore(_store.Predictions);
        var sent = Predictions(40);
        outage.GoDown();
        var first = new PredictionLog(outage, Options() with { ShutdownTimeout = TimeSpan.FromMilliseconds(200) }, TimeProvider.System);
        foreach (var p in sent)
            first.Enqueue(p);

        await first.DisposeAsync();

        Assert.Equal((40L, 0L, 0L, 40L, 0L), (first.Counters.Enqueued, first.Counters.Written, first.Counters.Buffered, first.Counters.OnDisk, first.Counters.Dropped));
        outage.ComeBack();
        await using var second = new PredictionLog(outage, Options(), TimeProvider.System);
        await second.FlushAsync(Ct);
        Assert.Equal((40L, 40L, 0L), (second.Counters.Recovered, second.Counters.Written, second.Counters.OnDisk));
        Assert.Equal(sent.Count, await CountStoredAsync(sent));
    }

    [Fact]
    public async Task PredictionLog_DiskBufferWithATornLastLine_DeliversTheRestAndCountsTheTornOne()
    {
        var outage = new OutageStore(_store.Predictions);
        var sent = Predictions(30);
        outage.GoDown();
        var first = new PredictionLog(outage, Options() with { ShutdownTimeout = TimeSpan.FromMilliseconds(100) }, TimeProvider.System);
        foreach (var p in sent)
            first.Enqueue(p);
        await first.DisposeAsync();
        var file = Assert.Single(Directory.EnumerateFiles(SpillFolder, "*.jsonl"));
        await File.AppendAllTextAsync(file, "{\"id\":\"0199", Ct);   // the process was killed while writing

        await using var second = new PredictionLog(_store.Predictions, Options(), TimeProvider.System);
        await second.FlushAsync(Ct);

        Assert.Equal((31L, 30L, 1L, 0L), (second.Counters.Recovered, second.Counters.Written, second.Counters.Dropped, second.Counters.OnDisk));
        Assert.Equal(sent.Count, await CountStoredAsync(sent));
        Assert.Empty(Directory.EnumerateFiles(SpillFolder, "*.jsonl"));
    }

    [Fact]
    public async Task Enqueue_StoreDownAndNoDiskBuffer_CountsWhatItDrops()
    {
        var outage = new OutageStore(_store.Predictions);
        outage.GoDown();
        await using var log = new PredictionLog(outage, Options() with { Capacity = 10, BatchSize = 10, SpillFolder = null, ShutdownTimeout = TimeSpan.FromMilliseconds(100) },
            TimeProvider.System);

        foreach (var p in Predictions(100))
            log.Enqueue(p);
        await WaitUntilAsync(() => outage.Attempts >= 1);

        var counters = log.Counters;
        Assert.True(counters.Dropped >= 80, $"{counters.Dropped} dropped");
        Assert.Equal(counters.Enqueued, counters.Written + counters.Buffered + counters.OnDisk + counters.Dropped);
    }

    private PredictionLogOptions Options() => new() { SpillFolder = SpillFolder, RetryDelay = TimeSpan.FromMilliseconds(20) };

    private static List<PredictionRecord> Predictions(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new PredictionRecord(Guid.CreateVersion7(), "credit", 1, $$"""{"loan_amount":{{i}}}""", i / (double)count,
            i % 2 == 0 ? "true" : "false", i % 5 == 0 ? "review" : "auto", i % 5 == 0 ? ["score in review band"] : [], 0.5 + i, DateTimeOffset.UnixEpoch.AddDays(20000).AddSeconds(i)))];

    // read straight from the SQLite file: one query, not one store call per prediction
    private async Task<int> CountStoredAsync(IEnumerable<PredictionRecord> sent)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using (var connection = new SqliteConnection($"Data Source={_folder.File(".carbet/carbet.db")}"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM predictions";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
                stored.Add(reader.GetString(0));
        }
        return sent.Count(p => stored.Contains(p.Id.ToString("D")));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        while (!condition())
            await Task.Delay(5, Ct);
    }
}
