using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

using Carbet.Modeling.Curves;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Tests.Training;

/// <summary>What multiclass and regression runs record beyond the leaderboard, as binary runs do: energy, fold curves as
/// TensorBoard files, permutation importance and the checked ONNX export.</summary>
internal static class TaskEvidence
{
    public static async Task EveryFamilyHasEnergyAndFoldCurvesAsync(TaskProject trained, string[] curves)
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var entry in trained.Summary.Leaderboard)
        {
            var child = (await trained.Store.Runs.GetAsync(entry.RunId, ct))!;
            Assert.Contains(child.Params["energy.method"], new[] { "rapl", "cpu-time-estimate" });
            Assert.Equal("world", child.Params["energy.territory"]);
            var wh = child.LatestMetrics["energy_wh"];
            Assert.True(wh > 0, $"{entry.Family} energy {wh} Wh");
            Assert.Equal(wh * 475 / 1000, child.LatestMetrics["co2e_g"], 9);
            Assert.Equal((wh, child.Params["energy.method"]), (entry.EnergyWh, entry.EnergyMethod));

            var artifacts = await trained.Store.Runs.ListArtifactsAsync(entry.RunId, ct);
            var events = Assert.Single(artifacts, a => a.Path.StartsWith($"tensorboard/{entry.Family}/events.out.tfevents.", StringComparison.Ordinal));
            var bytes = await BytesAsync(trained.Store, events.Sha256, ct);
            Assert.Equal(TfRecordChecksum.MaskedCrc32C(bytes.AsSpan(0, 8)), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8, 4)));
            Assert.All(curves, tag => Assert.Contains(tag, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal));
        }
        var run = (await trained.Store.Runs.GetAsync(trained.Summary.RunId, ct))!;
        Assert.Equal(trained.Summary.Leaderboard.Sum(e => e.EnergyWh!.Value), run.LatestMetrics["energy_wh_all_families"], 9);
        var html = await TaskArtifacts.ReadAsync(trained.Store, trained.Summary.RunId, "reports/train.html", ct);
        Assert.Contains("Energy Wh (g CO2e)", html, StringComparison.Ordinal);
        Assert.Contains("Energy and carbon", html, StringComparison.Ordinal);
    }

    public static async Task WinnerHasImportanceAndOnnxAsync(TaskProject trained, string metric, double baseline)
    {
        var ct = TestContext.Current.CancellationToken;
        var summary = trained.Summary;
        var importance = summary.Importance!;
        Assert.Equal((metric, summary.TestRows), (importance.Metric, (long)importance.Rows));
        Assert.Equal(baseline, importance.Baseline, 6);
        Assert.Equal(["shade", "x1", "x2"], importance.Features.Select(f => f.Column).Order(StringComparer.Ordinal));
        Assert.NotEqual("shade", importance.Features[0].Column);   // the outcome leans on x1 and x2 far more
        Assert.True(importance.Features[0].MeanDrop > 0, $"{importance.Features[0].Column} drop {importance.Features[0].MeanDrop}");
        var run = (await trained.Store.Runs.GetAsync(summary.RunId, ct))!;
        Assert.Equal(importance.Features[0].MeanDrop, run.LatestMetrics[$"importance.{importance.Features[0].Column}"]);
        using var json = JsonDocument.Parse(await TaskArtifacts.ReadAsync(trained.Store, summary.RunId, "reports/importance.json", ct));
        Assert.Equal(3, json.RootElement.GetProperty("features").GetArrayLength());

        Assert.Equal(("exported", "exported"), (summary.OnnxStatus, run.Params["onnx.status"]));
        Assert.InRange(run.LatestMetrics["onnx_max_abs_difference"], 0, 1e-4);
        Assert.Contains(await trained.Store.Runs.ListArtifactsAsync(summary.RunId, ct), a => a.Path == "model/model.onnx");
        var html = await TaskArtifacts.ReadAsync(trained.Store, summary.RunId, "reports/train.html", ct);
        Assert.Contains($"Why {summary.Winner.Family} decides", html, StringComparison.Ordinal);
        Assert.Contains("ONNX Runtime gave ML.NET", html, StringComparison.Ordinal);
        Assert.Contains("\"onnxStatus\": \"exported\"", await TaskArtifacts.ReadAsync(trained.Store, summary.RunId, "reports/train.json", ct), StringComparison.Ordinal);
    }

    internal static async Task<byte[]> BytesAsync(IStore store, string sha256, CancellationToken ct)
    {
        await using var stream = store.Artifacts.OpenRead(sha256);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }
}

public sealed partial class MulticlassTrainWorkflowTests
{
    [Fact]
    public Task RunAsync_EveryFamily_LogsEnergyAndFoldMacroF1AsTensorBoard() =>
        TaskEvidence.EveryFamilyHasEnergyAndFoldCurvesAsync(trained, [CurveNames.FoldMacroF1, CurveNames.FoldLogLoss]);

    [Fact]
    public Task RunAsync_Winner_RecordsMacroF1ImportanceAndCheckedOnnx() =>
        TaskEvidence.WinnerHasImportanceAndOnnxAsync(trained, "macro_f1", Summary.Winner.Metric("test_macro_f1"));
}

public sealed partial class RegressionTrainWorkflowTests
{
    [Fact]
    public Task RunAsync_EveryFamily_LogsEnergyAndFoldRmseAsTensorBoard() =>
        TaskEvidence.EveryFamilyHasEnergyAndFoldCurvesAsync(trained, [CurveNames.FoldRmse, CurveNames.FoldMae, CurveNames.FoldR2]);

    [Fact]
    public async Task RunAsync_BoostedFamily_LogsRmseByIterationInTensorBoardAndTheReport()
    {
        var ct = TestContext.Current.CancellationToken;
        var lightgbm = Summary.Leaderboard.First(e => e.Family == "lightgbm");
        var artifacts = await trained.Store.Runs.ListArtifactsAsync(lightgbm.RunId, ct);
        var events = Assert.Single(artifacts, a => a.Path.StartsWith("tensorboard/lightgbm/events.out.tfevents.", StringComparison.Ordinal));
        Assert.Contains(CurveNames.CvRmse, Encoding.UTF8.GetString(await TaskEvidence.BytesAsync(trained.Store, events.Sha256, ct)), StringComparison.Ordinal);
        var html = await TaskArtifacts.ReadAsync(trained.Store, Summary.RunId, "reports/train.html", ct);
        Assert.Contains("Held-out RMSE by boosting iteration", html, StringComparison.Ordinal);
    }

    [Fact]
    public Task RunAsync_Winner_RecordsRmseImportanceAndCheckedOnnx() =>
        TaskEvidence.WinnerHasImportanceAndOnnxAsync(trained, "rmse", Summary.Winner.Metric("test_rmse"));
}
