using System.Buffers.Binary;
using System.Text;

using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Curves;
using Carbet.Testing;
using Carbet.Tracking;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Tests.Training;

public sealed partial class TrainWorkflowTests(TrainFixture trained) : IClassFixture<TrainFixture>
{
    private TrainSummary Summary => trained.Summary;

    private async Task<RunSnapshot> RunOfAsync(string runId) =>
        await trained.Store.Runs.GetAsync(runId, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException(runId);

    [Fact]
    public async Task RunAsync_ThreeFamilies_LeaderboardFollowsTheRule()
    {
        var board = Summary.Leaderboard;
        Assert.Equal(["baseline", "lightgbm", "logistic"], board.Select(e => e.Family).Order(StringComparer.Ordinal));
        Assert.Equal([1, 2, 3], board.Select(e => e.Rank));
        var fitSeconds = new List<double>();
        foreach (var entry in board)
            fitSeconds.Add((await RunOfAsync(entry.RunId)).LatestMetrics["cv_fit_seconds_mean"]);
        for (var i = 0; i < board.Length; i++)
        {
            for (var j = i + 1; j < board.Length; j++)
            {
                // a later family beats an earlier one only by being slower
                if (board[j].CvAucMean > board[i].CvAucMean)
                    Assert.True(fitSeconds[i] <= fitSeconds[j], $"{board[i].Family} won a tie without being faster");
            }
        }
    }

    [Fact]
    public void RunAsync_ThreeFamilies_BaselineLastWithChanceAuc()
    {
        var last = Summary.Leaderboard[^1];
        Assert.Equal("baseline", last.Family);
        Assert.InRange(last.CvAucMean, 0.45, 0.55);
        Assert.InRange(last.TestAuc, 0.4, 0.6);
        Assert.True(Summary.Winner.TestAuc > 0.6, $"winner AUC {Summary.Winner.TestAuc}");
    }

    [Fact]
    public async Task RunAsync_ThreeFamilies_RecordsAFinishedChildRunPerFamily()
    {
        foreach (var entry in Summary.Leaderboard)
        {
            var child = await RunOfAsync(entry.RunId);
            Assert.Equal("4", child.Params["cv.folds"]);
            Assert.Equal(Summary.RunId, child.ParentRunId);
            Assert.Equal(RunStatus.Finished, child.Status);
            Assert.Equal(entry.Family, child.Params["family"]);
            Assert.Equal(entry.TestAuc, child.LatestMetrics["test_auc"]);
            Assert.Equal(entry.CvAucMean, child.LatestMetrics["cv_auc_mean"]);
        }
        var logistic = await RunOfAsync(Summary.Leaderboard.Single(e => e.Family == "logistic").RunId);
        Assert.Contains(logistic.Params.Keys, k => k.StartsWith("hp.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ThreeFamilies_RegistersTheWinnerWithItsMetricsAsTheFirstChampion()
    {
        var ct = TestContext.Current.CancellationToken;
        var version = await trained.Store.Models.GetVersionAsync("credit-risk", Summary.Version, ct);
        Assert.NotNull(version);
        Assert.Equal(Summary.RunId, version.RunId);
        Assert.Equal(TrainWorkflow.ModelArtifact, version.ArtifactPath);
        Assert.Equal(Summary.DatasetVersionId, version.DatasetVersionId);
        var winner = await RunOfAsync(Summary.Winner.RunId);
        foreach (var key in new[] { "test_auc", "test_auc_ci_lower", "test_auc_ci_upper", "cv_auc_mean", "cv_auc_std", "test_brier" })
            Assert.Equal(winner.LatestMetrics[key], version.Metrics[key]);
        Assert.Contains("decision_threshold", version.Metrics.Keys);
        Assert.DoesNotContain(version.InputSignature.Columns, c => c.Name is "default_12m" or "application_id" or "sex" or "age" or "collection_status");
        Assert.Equal(Summary.Version, (await trained.Store.Models.ResolveAsync("credit-risk", "champion", ct))?.Version);
        Assert.Equal(("champion", (int?)null), (Summary.Alias?.Alias, Summary.Alias?.FromVersion));
    }

    [Fact]
    public async Task RunAsync_Always_RecordsTheRuleBeforeAnyFamilyIsFitted()
    {
        var rule = trained.Steps.FindIndex(s => s.StartsWith("Selection rule recorded", StringComparison.Ordinal));
        var firstFamily = trained.Steps.FindIndex(s => s.StartsWith("Training ", StringComparison.Ordinal));
        Assert.InRange(rule, 0, firstFamily - 1);
        var run = await RunOfAsync(Summary.RunId);
        Assert.Equal(SelectionRule.Text, run.Params["selection.rule"]);
        Assert.Equal(Summary.Winner.Family, run.Params["selection.winner"]);
        Assert.Contains("paired_p_value", run.LatestMetrics.Keys);
    }

    [Fact]
    public async Task RunAsync_ThreeFamilies_LogsModelAndBothReports()
    {
        var ct = TestContext.Current.CancellationToken;
        var artifacts = await trained.Store.Runs.ListArtifactsAsync(Summary.RunId, ct);
        Assert.Equal(["model/model.onnx", "model/model.zip", "reports/importance.json", "reports/train.html", "reports/train.json"], artifacts.Select(a => a.Path).Where(p => !p.StartsWith("tensorboard/tuning/events.out.tfevents.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Single(artifacts, a => a.Path.StartsWith("tensorboard/tuning/events.out.tfevents.", StringComparison.Ordinal));
        string html;
        using (var reader = new StreamReader(trained.Store.Artifacts.OpenRead(artifacts.Single(a => a.Path == "reports/train.html").Sha256)))
            html = await reader.ReadToEndAsync(ct);
        Assert.Contains(SelectionRule.Text, html, StringComparison.Ordinal);
        // ROC and PR per family, boosting log loss and AUC for lightgbm, fold AUC per family, calibration's diagonal and winner,
        // then the tuning study's value and best value by trial
        Assert.Equal((3 * 2) + 2 + 3 + 2 + 2, html.Split("<polyline").Length - 1);
        Assert.Contains("Held-out log loss by boosting iteration", html, StringComparison.Ordinal);
        Assert.Contains("DeLong paired test", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ThreeFamilies_LogsATensorBoardEventFilePerFamily()
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var entry in Summary.Leaderboard)
        {
            var artifacts = await trained.Store.Runs.ListArtifactsAsync(entry.RunId, ct);
            var events = Assert.Single(artifacts, a => a.Path.StartsWith($"tensorboard/{entry.Family}/events.out.tfevents.", StringComparison.Ordinal));
            byte[] bytes;
            await using (var stream = trained.Store.Artifacts.OpenRead(events.Sha256))
            using (var copy = new MemoryStream())
            {
                await stream.CopyToAsync(copy, ct);
                bytes = copy.ToArray();
            }
            // the first record's framing: its length, then the masked CRC-32C of those 8 bytes
            Assert.Equal(TfRecordChecksum.MaskedCrc32C(bytes.AsSpan(0, 8)), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8, 4)));
            Assert.Contains("brain.Event:2", Encoding.UTF8.GetString(bytes, 12, (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes)), StringComparison.Ordinal);
            Assert.Contains(entry.Family == "lightgbm" ? CurveNames.CvLogLoss : CurveNames.FoldAuc, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunAsync_Always_LogsTheFeaturePlanAndTheCvMethod()
    {
        var run = await RunOfAsync(Summary.RunId);
        var columns = run.Params.Where(p => p.Key.StartsWith("features.column.", StringComparison.Ordinal)).ToDictionary(p => p.Key["features.column.".Length..], p => p.Value);
        Assert.NotEmpty(columns);
        Assert.Contains(columns.Values, v => v.StartsWith("one-hot", StringComparison.Ordinal));
        Assert.DoesNotContain("sex", columns.Keys);
        Assert.StartsWith("sensitive", run.Params["features.excluded.sex"], StringComparison.Ordinal);
        Assert.Equal("target", run.Params["features.excluded.default_12m"]);
        Assert.StartsWith("time-ordered", run.Params["cv.method"], StringComparison.Ordinal);
        Assert.Contains("features.class_weights", run.Params.Keys);
        Assert.Equal("off", run.Params["features.selection"]);
        foreach (var entry in Summary.Leaderboard)
            Assert.Equal("time-ordered expanding window", (await RunOfAsync(entry.RunId)).Params["cv.method"]);
    }

    [Fact]
    public async Task RunAsync_NoPreparedVersion_ThrowsUserErrorSayingPrepareFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("rows.csv"), "id,x,y\n1,2,0\n2,3,1\n");
        File.WriteAllText(folder.File("carbet.yaml"), "name: empty\ndata:\n  source: rows.csv\n  target: y\n");
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = folder.Path }, ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() =>
            new TrainWorkflow(store, new CarbetContext(CarbetContext.DefaultSeed)).RunAsync(ProjectFileLoader.Load(folder.File("carbet.yaml")), new TrainOptions(), null, ct));

        Assert.Contains("carbet data prepare", error.Fix, StringComparison.Ordinal);
    }
}
