using Carbet.Core;
using Carbet.Tracking.Runs;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task LogMetricsAsync_Points_KeepsHistoryAndLatestByStepThenTime()
    {
        var run = await StartRunAsync(UniqueName("exp"));

        await Store.Runs.LogMetricsAsync(run.Id, [Point("loss", 0.9, 0), Point("loss", 0.5, 2), Point("auc", 0.7, 0)], Ct);
        await Store.Runs.LogMetricsAsync(run.Id, [Point("loss", 0.7, 1, second: 30), Point("loss", 0.4, 2, second: 10)], Ct);

        var history = await Store.Runs.GetMetricHistoryAsync(run.Id, "loss", Ct);
        Assert.Equal([0L, 1, 2, 2], history.Select(p => p.Step));
        Assert.Equal([0.9, 0.7, 0.5, 0.4], history.Select(p => p.Value));
        Assert.Equal(Point("loss", 0.4, 2, second: 10), history[^1]);
        var latest = (await Store.Runs.GetAsync(run.Id, Ct))!.LatestMetrics;
        Assert.Equal(0.4, latest["loss"]);   // step 2 at 9:00:10 beats step 2 at 9:00:00 and step 1 at 9:00:30
        Assert.Equal(0.7, latest["auc"]);
    }

    [Fact]
    public async Task LogMetricsAsync_NaNAndInfinity_RoundTrip()
    {
        var run = await StartRunAsync(UniqueName("exp"));

        await Store.Runs.LogMetricsAsync(run.Id, [Point("loss", double.NaN, 0), Point("gain", double.PositiveInfinity, 0)], Ct);

        Assert.True(double.IsNaN((await Store.Runs.GetMetricHistoryAsync(run.Id, "loss", Ct)).Single().Value));
        Assert.Equal(double.PositiveInfinity, (await Store.Runs.GetAsync(run.Id, Ct))!.LatestMetrics["gain"]);
    }

    [Fact]
    public async Task LogMetricsAsync_EightConcurrentWriters_LoseNothing()
    {
        const int writers = 8, perWriter = 10_000, batch = 1_000;
        var run = await StartRunAsync(UniqueName("exp"));

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var start = 0; start < perWriter; start += batch)
            {
                var points = Enumerable.Range(start, batch).Select(s => Point($"writer-{w}", w + (s / 1e5), s)).ToList();
                await Store.Runs.LogMetricsAsync(run.Id, points, Ct);
            }
        }, Ct)));

        var total = 0;
        for (var w = 0; w < writers; w++)
        {
            var history = await Store.Runs.GetMetricHistoryAsync(run.Id, $"writer-{w}", Ct);
            Assert.Equal(Enumerable.Range(0, perWriter).Select(s => (long)s), history.Select(p => p.Step));
            total += history.Length;
        }
        Assert.Equal(writers * perWriter, total);
        var latest = (await Store.Runs.GetAsync(run.Id, Ct))!.LatestMetrics;
        Assert.Equal(7 + (9_999 / 1e5), latest["writer-7"], 1e-12);
    }

    [Fact]
    public async Task GetAsync_AmbiguousPrefix_ThrowsUserErrorListingCandidates()
    {
        var engine = ((EfStore)Store).Engine;
        await using (var db = engine.CreateContext())
        {
            var experiment = new ExperimentRow { Name = UniqueName("exp"), CreatedAt = Clock.GetUtcNow() };
            db.Experiments.Add(experiment);
            await db.SaveChangesAsync(Ct);
            foreach (var id in new[] { "abcdef01" + new string('0', 24), "abcdef02" + new string('0', 24) })
                db.Runs.Add(new RunRow { Uuid = id, ExperimentId = experiment.Id, Name = "twin", Status = RunStatus.Running, StartedAt = Clock.GetUtcNow() });
            await db.SaveChangesAsync(Ct);
        }

        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.GetAsync("abcdef", Ct));

        Assert.Contains("abcdef01", error.Message, StringComparison.Ordinal);
        Assert.Contains("abcdef02", error.Message, StringComparison.Ordinal);
        Assert.Equal("abcdef01" + new string('0', 24), (await Store.Runs.GetAsync("abcdef01", Ct))?.Id);
    }
}
