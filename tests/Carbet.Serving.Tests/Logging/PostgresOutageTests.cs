using Carbet.Serving.Logging;
using Carbet.Testing;
using Carbet.Tracking;
using Carbet.Tracking.Predictions;

using Npgsql;

namespace Carbet.Serving.Tests.Logging;

/// <summary>The prediction log over a real PostgreSQL store whose network goes down, then comes back.</summary>
public sealed class PostgresOutageTests(PostgresServer pg) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Enqueue_PostgresUnreachableThenBack_ServesOnAndDeliversEverything()
    {
        var direct = await pg.CreateDatabaseAsync();
        var settings = new NpgsqlConnectionStringBuilder(direct);
        await using var proxy = new CuttableProxy(settings.Host!, settings.Port);
        var viaProxy = new NpgsqlConnectionStringBuilder(direct) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 2, CommandTimeout = 5 }.ConnectionString;
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { ConnectionString = viaProxy, WorkingDirectory = _folder.Path }, Ct);
        var options = new PredictionLogOptions { Capacity = 50, BatchSize = 25, SpillFolder = _folder.File("prediction-buffer"), RetryDelay = TimeSpan.FromMilliseconds(50) };
        await using var log = new PredictionLog(store.Predictions, options, TimeProvider.System);
        var sent = Enumerable.Range(0, 300).Select(i => new PredictionRecord(Guid.CreateVersion7(), "credit", 1, "{}", i / 300.0, "false",
            i % 4 == 0 ? "review" : "auto", [], 0.3, TimeProvider.System.GetUtcNow())).ToList();
        log.Enqueue(sent[0]);
        await log.FlushAsync(Ct);

        proxy.Cut();
        foreach (var p in sent.Skip(1))
            log.Enqueue(p);
        while (log.Counters.Failures == 0)
            await Task.Delay(10, Ct);
        var during = log.Counters;
        proxy.Restore();
        await log.FlushAsync(Ct);

        Assert.True(during.OnDisk > 0, $"{during.OnDisk} on disk");
        Assert.Equal(0, during.Dropped);
        Assert.Equal(during.Enqueued, during.Written + during.Buffered + during.OnDisk + during.Dropped);
        var after = log.Counters;
        Assert.Equal((300L, 300L, 0L, 0L, 0L), (after.Enqueued, after.Written, after.Buffered, after.OnDisk, after.Dropped));
        await using var connection = new NpgsqlConnection(direct);
        await connection.OpenAsync(Ct);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM predictions", connection);
        Assert.Equal(300L, (long)(await count.ExecuteScalarAsync(Ct))!);
        await using var reviews = new NpgsqlCommand("SELECT count(*) FROM reviews WHERE status = 'pending'", connection);
        Assert.Equal(75L, (long)(await reviews.ExecuteScalarAsync(Ct))!);
    }
}
