using System.Text.Json;

using Carbet.Lifecycle.Training;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Tests.Training;

public sealed class TrainEvidenceTests(TrainFixture trained) : IClassFixture<TrainFixture>
{
    private TrainSummary Summary => trained.Summary;

    private async Task<RunSnapshot> RunOfAsync(string runId) =>
        await trained.Store.Runs.GetAsync(runId, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException(runId);

    private async Task<string> ArtifactTextAsync(string path)
    {
        var ct = TestContext.Current.CancellationToken;
        var artifacts = await trained.Store.Runs.ListArtifactsAsync(Summary.RunId, ct);
        using var reader = new StreamReader(trained.Store.Artifacts.OpenRead(artifacts.Single(a => a.Path == path).Sha256));
        return await reader.ReadToEndAsync(ct);
    }

    [Fact]
    public async Task RunAsync_EveryFamily_LogsEnergyMethodAndCo2eOnTheWorldAverage()
    {
        foreach (var entry in Summary.Leaderboard)
        {
            var child = await RunOfAsync(entry.RunId);
            Assert.Contains(child.Params["energy.method"], new[] { "rapl", "cpu-time-estimate" });
            Assert.Equal("world", child.Params["energy.territory"]);
            Assert.Equal("475", child.Params["energy.grid_gco2e_per_kwh"]);
            var wh = child.LatestMetrics["energy_wh"];
            Assert.True(wh > 0, $"{entry.Family} used {wh} Wh");
            Assert.Equal(wh / 1000 * 475, child.LatestMetrics["co2e_g"], 9);
            Assert.Equal(wh, entry.EnergyWh);
            Assert.Equal(child.Params["energy.method"], entry.EnergyMethod);
        }
    }

    [Fact]
    public async Task RunAsync_Winner_RecordsPermutationImportanceForEveryInputColumn()
    {
        var importance = Summary.Importance;
        Assert.NotNull(importance);
        Assert.Equal(Summary.TestRows, importance.Rows);
        Assert.Equal(Summary.Winner.TestAuc, importance.Baseline, 6);
        var run = await RunOfAsync(Summary.RunId);
        var features = run.Params["features.numeric"].Split(',').Concat(run.Params["features.categorical"].Split(',')).Where(f => f.Length > 0);
        Assert.Equal(features.Order(StringComparer.Ordinal), importance.Features.Select(f => f.Column).Order(StringComparer.Ordinal));
        Assert.Equal(importance.Features[0].MeanDrop, run.LatestMetrics[$"importance.{importance.Features[0].Column}"]);
        using var json = JsonDocument.Parse(await ArtifactTextAsync("reports/importance.json"));
        Assert.Equal(importance.Features.Length, json.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task RunAsync_LearnerWins_ExportsCheckedOnnx()
    {
        Assert.Contains(Summary.Winner.Family, new[] { "logistic", "lightgbm" });
        Assert.Equal("exported", Summary.OnnxStatus);
        var run = await RunOfAsync(Summary.RunId);
        Assert.Equal("exported", run.Params["onnx.status"]);
        Assert.InRange(run.LatestMetrics["onnx_max_abs_difference"], 0, 1e-4);
        Assert.True(run.LatestMetrics["energy_wh_all_families"] >= Summary.Leaderboard.Max(e => e.EnergyWh!.Value));
    }

    [Fact]
    public async Task RunAsync_Report_ShowsEnergyColumnImportanceAndOnnx()
    {
        var html = await ArtifactTextAsync("reports/train.html");
        Assert.Contains("Energy Wh (g CO2e)", html, StringComparison.Ordinal);
        Assert.Contains($"Why {Summary.Winner.Family} decides", html, StringComparison.Ordinal);
        Assert.Contains("ONNX Runtime gave ML.NET", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await ArtifactTextAsync("reports/train.json"));
        Assert.Equal("exported", json.RootElement.GetProperty("onnx").GetString());
        Assert.Equal("world", json.RootElement.GetProperty("grid").GetProperty("territory").GetString());
    }

    [Fact]
    public async Task RunAsync_ReportJson_HoldsEachFamilysTestRocCurve()
    {
        using var json = JsonDocument.Parse(await ArtifactTextAsync("reports/train.json"));
        var curves = json.RootElement.GetProperty("roc").EnumerateArray().ToList();
        Assert.Equal(Summary.Leaderboard.Select(e => e.Family), curves.Select(c => c.GetProperty("family").GetString()));
        Assert.All(curves, c =>
        {
            var points = c.GetProperty("points").EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();
            Assert.InRange(points.Count, 2, 201);
            Assert.Equal((1.0, 1.0), points[^1]);
        });
    }
}
