using System.Net;

using Carbet.Modeling.Energy;
using Carbet.Serving.Observability;
using Carbet.Serving.Tests;

using Microsoft.Extensions.DependencyInjection;

namespace Carbet.Server.Tests.Metrics;

public sealed class MetricsEndpointTests(TrainedStore trained)
{
    private const string PredictRoute = "/api/v1/models/{model}/predict";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_AfterPredictions_CountsEachRowByVersionLabelAndBand()
    {
        await using var server = await RunningServer.StartAsync(trained);
        var seen = new List<(int Version, string Label, string Band)>();

        foreach (var body in new object[] { new { rows = trained.Rows }, new { row = trained.Rows[3] }, new { rows = trained.Rows.Take(5), version = 2 } })
        {
            using var response = await server.PredictAsync(body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange((await RunningServer.JsonAsync(response)).GetProperty("predictions").EnumerateArray()
                .Select(p => (p.GetProperty("version").GetInt32(), p.GetProperty("label").GetBoolean() ? "true" : "false", p.GetProperty("band").GetString()!)));
        }
        var metrics = await ScrapeAsync(server);

        Assert.Equal(seen.Count, metrics.Sum("carbet_predictions_total"));
        Assert.True(seen.Select(s => (s.Label, s.Band)).Distinct().Count() > 1, "the rows should fall in more than one label or band");
        foreach (var group in seen.GroupBy(s => s))
        {
            Assert.Equal(group.Count(), metrics.Sum("carbet_predictions_total", ("model", TrainedStore.Model), ("version", $"{group.Key.Version}"),
                ("label", group.Key.Label), ("band", group.Key.Band)));
        }
    }

    [Fact]
    public async Task Metrics_AfterPredictionsAreStored_PredictionLogCountsThemWithAnEmptyQueue()
    {
        await using var server = await RunningServer.StartAsync(trained);
        var before = server.Server.PredictionLog.Counters.Written;

        using var response = await server.PredictAsync(new { rows = trained.Rows.Take(12) });
        await server.Server.PredictionLog.FlushAsync(Ct);
        var metrics = await ScrapeAsync(server);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 12, metrics.Sum("carbet_prediction_log_written_total"));
        Assert.Equal(0, metrics.Sum("carbet_prediction_log_queued"));
        Assert.Equal(0, metrics.Sum("carbet_prediction_log_on_disk"));
        Assert.Equal(0, metrics.Sum("carbet_prediction_log_dropped_total"));
        Assert.Single(metrics.Matching("carbet_prediction_log_store_failures_total"));
    }

    [Fact]
    public async Task Metrics_AliasMoves_VersionGaugeFollowsAndTheSwapIsCounted()
    {
        const string alias = "metrics-gauge";
        await trained.Store.Models.SetAliasAsync(TrainedStore.Model, alias, 1, "test", Ct);
        await using var server = await RunningServer.StartAsync(trained, host => host with { Alias = alias });
        var label = ("alias", alias);

        var before = await ScrapeAsync(server);
        await trained.Store.Models.SetAliasAsync(TrainedStore.Model, alias, 2, "test", Ct);
        await server.Server.Host.RefreshAsync(Ct);
        var after = await ScrapeAsync(server);

        Assert.Equal(1, before.Sum("carbet_model_version", ("model", TrainedStore.Model), label));
        Assert.Equal(0, before.Sum("carbet_model_swaps_total", label));
        Assert.Equal(2, after.Sum("carbet_model_version", ("model", TrainedStore.Model), label));
        Assert.Equal(1, after.Sum("carbet_model_swaps_total", ("model", TrainedStore.Model), label));
    }

    [Fact]
    public async Task Metrics_PinnedVersion_GaugeShowsItUnderAliasNone()
    {
        await using var server = await RunningServer.StartAsync(trained, host => host with { Version = 2 });

        var metrics = await ScrapeAsync(server);

        var gauge = Assert.Single(metrics.Matching("carbet_model_version"));
        Assert.Equal("none", gauge.Labels["alias"]);
        Assert.Equal(2, gauge.Value);
    }

    [Fact]
    public async Task Metrics_AfterRequests_HttpCountsAndHistogramPerEndpointAndStatus()
    {
        await using var server = await RunningServer.StartAsync(trained);
        for (var i = 0; i < 3; i++)
            (await server.PredictAsync(new { row = trained.Rows[i] })).Dispose();
        (await server.PredictAsync(new { row = trained.With(0, "loan_amount", null) })).Dispose();

        var ok = new[] { ("endpoint", PredictRoute), ("code", "200"), ("method", "POST") };
        // the middleware records a request after its answer is sent, so the client may scrape first
        var metrics = await ScrapeAsync(server);
        for (var attempt = 0; attempt < 50 && Math.Min(metrics.Sum("http_request_duration_seconds_count", ("endpoint", PredictRoute)),
            metrics.Sum("http_requests_received_total", ("endpoint", PredictRoute))) < 4; attempt++)
        {
            await Task.Delay(100, Ct);
            metrics = await ScrapeAsync(server);
        }

        Assert.Equal(3, metrics.Sum("http_requests_received_total", ok));
        Assert.Equal(3, metrics.Sum("http_request_duration_seconds_count", ok));
        Assert.True(metrics.Sum("http_request_duration_seconds_sum", ok) > 0);
        Assert.Equal(3, metrics.Sum("http_request_duration_seconds_bucket", [.. ok, ("le", "+Inf")]));
        Assert.Equal(1, metrics.Sum("http_request_duration_seconds_count", ("endpoint", PredictRoute), ("code", "400")));
    }

    [Fact]
    public async Task Metrics_InvalidRequests_CountRejectionsPerReason()
    {
        await using var server = await RunningServer.StartAsync(trained, server: s => s with { MaxRows = 10 });
        var bad = new[] { trained.With(0, "loan_amount", "\"8000\""), trained.With(1, "territory", "\"atlantis\""), trained.With(2, "loan_amount", null) };

        (await server.PredictAsync(new { rows = bad })).Dispose();
        (await server.PredictAsync(new { rows = trained.Rows.Take(11) })).Dispose();
        (await server.PredictAsync(new { rows = Array.Empty<object>() })).Dispose();
        var metrics = await ScrapeAsync(server);

        foreach (var reason in new[] { "wrong_type", "unknown_category", "missing", "too_many_rows", "malformed_request" })
            Assert.Equal(1, metrics.Sum("carbet_validation_rejections_total", ("model", TrainedStore.Model), ("reason", reason)));
        Assert.Equal(5, metrics.Sum("carbet_validation_rejections_total"));
        Assert.Equal(0, metrics.Sum("carbet_predictions_total"));
    }

    [Fact]
    public async Task Metrics_AfterPredictions_EnergyPerThousandNamesTheMetersMethod()
    {
        await using var server = await RunningServer.StartAsync(trained);
        (await server.PredictAsync(new { rows = trained.Rows })).Dispose();

        var metrics = await ScrapeAsync(server);

        var method = new EnergyMeasurement(0, 0, 0, EnergyMeter.ForThisMachine(TimeProvider.System).Method).MethodName;
        var energy = Assert.Single(metrics.Matching("carbet_energy_wh_per_1000_predictions"));
        Assert.Equal(method, energy.Labels["method"]);
        Assert.True(energy.Value > 0);
    }

    [Fact]
    public async Task Metrics_ReviewQueueRegistered_ExposesBacklogAndOverrideRate()
    {
        var queue = new FixedReviewQueue(new ReviewQueueReading(7, 0.25));
        await using var server = await RunningServer.StartAsync(trained,
            server: s => s with { ConfigureServices = services => services.AddSingleton<IReviewQueueGauges>(queue) });
        await using var plain = await RunningServer.StartAsync(trained);

        var metrics = await ScrapeAsync(server);
        var without = await ScrapeAsync(plain);

        Assert.Equal(7, metrics.Sum("carbet_review_backlog", ("model", TrainedStore.Model)));
        Assert.Equal(0.25, metrics.Sum("carbet_review_override_ratio", ("model", TrainedStore.Model)));
        Assert.Empty(without.Matching("carbet_review_backlog"));
        Assert.DoesNotContain("carbet_review_", without.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AfterTraffic_PassesPromtoolCheckMetrics()
    {
        await using var server = await RunningServer.StartAsync(trained, host => host with { Alias = "champion" },
            s => s with { ConfigureServices = services => services.AddSingleton<IReviewQueueGauges>(new FixedReviewQueue(new ReviewQueueReading(2, 0.5))) });
        (await server.PredictAsync(new { rows = trained.Rows })).Dispose();
        (await server.PredictAsync(new { row = trained.With(0, "territory", "\"atlantis\"") })).Dispose();
        (await server.PredictAsync(new { row = trained.Rows[0] }, "nobody")).Dispose();
        var metrics = await ScrapeAsync(server);

        var (exitCode, output) = await Promtool.RunAsync(metrics.Text, "check", "metrics");

        Assert.True(exitCode == 0, $"promtool check metrics exited {exitCode}:\n{output}\n--- scraped:\n{metrics.Text}");
    }

    private static async Task<MetricsText> ScrapeAsync(RunningServer server)
    {
        using var response = await server.Client.GetAsync("/metrics", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return new MetricsText(await response.Content.ReadAsStringAsync(Ct));
    }
}
