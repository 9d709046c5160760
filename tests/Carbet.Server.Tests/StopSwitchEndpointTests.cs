using System.Net;
using System.Net.Http.Json;

using Carbet.Serving.Tests;

namespace Carbet.Server.Tests;

/// <summary>The stop switch is per model and lives in the shared store, so these tests run alone, after the others.</summary>
[CollectionDefinition(nameof(StopSwitchEndpointTests), DisableParallelization = true)]
public sealed class StopSwitchRunsAlone;

[Collection(nameof(StopSwitchEndpointTests))]
public sealed class StopSwitchEndpointTests(TrainedStore trained)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StopSwitch_OnThenOff_SendsEveryPredictionToReviewThenRestoresTheBands()
    {
        await using var server = await RunningServer.StartAsync(trained, h => h with { ReviewBand = null });

        using var on = await server.Client.PostAsJsonAsync("/api/v1/admin/stop-switch", new { on = true, reason = "drift alert on income", actor = "chloe" }, Ct);
        using var state = await server.Client.GetAsync("/api/v1/admin/stop-switch", Ct);
        using var stopped = await server.PredictAsync(new { rows = trained.Rows.Take(10) });
        await server.Server.PredictionLog.FlushAsync(Ct);
        var stoppedIds = (await RunningServer.JsonAsync(stopped)).GetProperty("predictions").EnumerateArray().ToList();
        using var off = await server.Client.PostAsJsonAsync("/api/v1/admin/stop-switch", new { on = false, reason = "retrained" }, Ct);
        using var resumed = await server.PredictAsync(new { rows = trained.Rows.Take(10) });

        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        var current = await RunningServer.JsonAsync(state);
        Assert.Equal((true, "drift alert on income", "chloe"), (current.GetProperty("on").GetBoolean(), current.GetProperty("reason").GetString(), current.GetProperty("actor").GetString()));
        Assert.All(stoppedIds, p =>
        {
            Assert.Equal("review", p.GetProperty("band").GetString());
            Assert.Contains("stop switch", p.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        });
        foreach (var p in stoppedIds)
            Assert.Equal(Tracking.Reviews.ReviewStatus.Pending, (await trained.Store.Reviews.GetAsync(p.GetProperty("predictionId").GetGuid(), Ct))?.Status);
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.All((await RunningServer.JsonAsync(resumed)).GetProperty("predictions").EnumerateArray(), p => Assert.Equal("auto", p.GetProperty("band").GetString()));
        var audit = await trained.Store.Audit.ListAsync($"model/{TrainedStore.Model}", 10, Ct);
        Assert.Contains(audit, e => e.Action == "stop_switch.on" && e.Actor == "chloe");
    }

    [Fact]
    public async Task StopSwitch_WithoutReason_Returns400NamingIt()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.Client.PostAsJsonAsync("/api/v1/admin/stop-switch", new { on = true }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["reason"], (await RunningServer.JsonAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.False(server.Server.StopSwitch.State.On);
    }
}
