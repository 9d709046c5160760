using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Testing;
using Carbet.Tracking;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Tests.Training;

public sealed partial class MulticlassTrainWorkflowTests(MulticlassProject trained) : IClassFixture<MulticlassProject>
{
    private TaskTrainSummary Summary => trained.Summary;

    [Fact]
    public void RunAsync_ThreeFamilies_RanksByCvMacroF1AndBeatsTheBaseline()
    {
        var board = Summary.Leaderboard;
        Assert.Equal(["baseline", "lightgbm", "logistic"], board.Select(e => e.Family).Order(StringComparer.Ordinal));
        Assert.Equal("macro-F1", Summary.CvMetric);
        for (var i = 1; i < board.Length; i++)   // a later family beats an earlier one only by being slower
            Assert.True(board[i].CvMean <= board[i - 1].CvMean || board[i].CvFitTime >= board[i - 1].CvFitTime, $"{board[i].Family} ranked below {board[i - 1].Family}");
        Assert.Equal("baseline", board[^1].Family);
        Assert.True(Summary.Winner.Metric("test_macro_f1") > board[^1].Metric("test_macro_f1") + 0.3, $"winner macro-F1 {Summary.Winner.Metric("test_macro_f1")}");
        Assert.Equal(["alpha", "beta", "gamma"], Summary.Classes);
    }

    [Fact]
    public async Task RunAsync_Always_RecordsRuleClassesAndChildRuns()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = trained.Steps.FindIndex(s => s.StartsWith("Selection rule recorded", StringComparison.Ordinal));
        Assert.InRange(rule, 0, trained.Steps.FindIndex(s => s.StartsWith("Training ", StringComparison.Ordinal)) - 1);
        var run = (await trained.Store.Runs.GetAsync(Summary.RunId, ct))!;
        Assert.Equal(TaskSelectionRule.Text(TaskKind.Multiclass), run.Params["selection.rule"]);
        Assert.Equal(("alpha", "gamma", "multiclass"), (run.Params["data.class.0"], run.Params["data.class.2"], run.Params["task"]));
        Assert.Equal(Summary.Winner.Family, run.Params["selection.winner"]);
        foreach (var entry in Summary.Leaderboard)
        {
            var child = (await trained.Store.Runs.GetAsync(entry.RunId, ct))!;
            Assert.Equal((RunStatus.Finished, Summary.RunId, "stratified"), (child.Status, child.ParentRunId, child.Params["cv.method"]));
            Assert.Equal(entry.CvMean, child.LatestMetrics["cv_macro_f1_mean"]);
            Assert.Contains("test_roc_auc_ovr.class2", child.LatestMetrics.Keys);
        }
    }

    [Fact]
    public async Task RunAsync_Always_RegistersTheWinnerAndLogsTheConfusionMatrix()
    {
        var ct = TestContext.Current.CancellationToken;
        var version = (await trained.Store.Models.GetVersionAsync("shapes", Summary.Version, ct))!;
        Assert.Equal((Summary.RunId, TrainWorkflow.ModelArtifact), (version.RunId, version.ArtifactPath));
        Assert.Equal(Summary.Winner.Metric("test_macro_f1"), version.Metrics["test_macro_f1"]);
        Assert.DoesNotContain(version.InputSignature.Columns, c => c.Name == "outcome");
        Assert.Equal(Summary.Version, (await trained.Store.Models.ResolveAsync("shapes", "champion", ct))?.Version);   // the first version becomes champion
        Assert.Equal("champion", Summary.Alias?.Alias);
        var html = await TaskArtifacts.ReadAsync(trained.Store, Summary.RunId, "reports/train.html", ct);
        Assert.Contains("Confusion matrix of", html, StringComparison.Ordinal);
        Assert.Contains(TaskSelectionRule.Text(TaskKind.Multiclass), html, StringComparison.Ordinal);
        Assert.Contains("\"confusion\"", await TaskArtifacts.ReadAsync(trained.Store, Summary.RunId, "reports/train.json", ct), StringComparison.OrdinalIgnoreCase);
    }
}

public sealed partial class RegressionTrainWorkflowTests(RegressionProject trained) : IClassFixture<RegressionProject>
{
    private TaskTrainSummary Summary => trained.Summary;

    [Fact]
    public void RunAsync_ThreeFamilies_RanksByCvRmseAndBaselineHasNoSkill()
    {
        var board = Summary.Leaderboard;
        Assert.Equal("RMSE", Summary.CvMetric);
        Assert.Equal("baseline", board[^1].Family);
        for (var i = 1; i < board.Length; i++)
            Assert.True(board[i].CvMean >= board[i - 1].CvMean || board[i].CvFitTime >= board[i - 1].CvFitTime, $"{board[i].Family} ranked below {board[i - 1].Family}");
        Assert.True(Summary.Winner.Metric("test_r2") > 0.8, $"winner R² {Summary.Winner.Metric("test_r2")}");
        Assert.InRange(board[^1].Metric("test_r2"), -0.1, 0.05);
        Assert.Empty(Summary.Classes);
    }

    [Fact]
    public async Task RunAsync_Always_RegistersTheWinnerAndLogsTheResidualPlot()
    {
        var ct = TestContext.Current.CancellationToken;
        var run = (await trained.Store.Runs.GetAsync(Summary.RunId, ct))!;
        Assert.Equal(TaskSelectionRule.Text(TaskKind.Regression), run.Params["selection.rule"]);
        var child = (await trained.Store.Runs.GetAsync(Summary.Winner.RunId, ct))!;
        Assert.Equal(("random", Summary.Winner.CvMean), (child.Params["cv.method"], child.LatestMetrics["cv_rmse_mean"]));
        var version = (await trained.Store.Models.GetVersionAsync("shapes", Summary.Version, ct))!;
        Assert.Equal(Summary.Winner.Metric("test_rmse"), version.Metrics["test_rmse"]);
        var html = await TaskArtifacts.ReadAsync(trained.Store, Summary.RunId, "reports/train.html", ct);
        Assert.Contains("Residuals of", html, StringComparison.Ordinal);
        Assert.Contains("<polyline", html, StringComparison.Ordinal);
    }
}

public sealed class TaskTrainWorkflowErrorTests
{
    [Fact]
    public async Task RunAsync_FamilyOfAnotherTask_UserErrorNamingTheTaskFamilies()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("rows.csv"), TaskProject.Csv(TaskKind.Regression, 60), ct);
        await ProjectInitializer.WriteAsync(folder.File("rows.csv"), "outcome", "shapes", folder.File("carbet.yaml"), overwrite: false, ct);
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = folder.Path }, ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => new TaskTrainWorkflow(store, new CarbetContext(1))
            .RunAsync(ProjectFileLoader.Load(folder.File("carbet.yaml")), new TrainOptions { Families = ["logistic"] }, null, ct));

        Assert.Contains("regression", error.Message, StringComparison.Ordinal);
        Assert.Contains("fasttree", error.Fix, StringComparison.Ordinal);
    }
}

public sealed class TrainWorkflowTaskGuardTests
{
    [Fact]
    public async Task RunAsync_RegressionProject_RefusedInFavourOfTaskTrainWorkflow()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("rows.csv"), TaskProject.Csv(TaskKind.Regression, 60), ct);
        await ProjectInitializer.WriteAsync(folder.File("rows.csv"), "outcome", "shapes", folder.File("carbet.yaml"), overwrite: false, ct);
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = folder.Path }, ct);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new TrainWorkflow(store, new CarbetContext(1))
            .RunAsync(ProjectFileLoader.Load(folder.File("carbet.yaml")), new TrainOptions(), null, ct));

        Assert.Contains(nameof(TaskTrainWorkflow), error.Message, StringComparison.Ordinal);
    }
}

/// <summary>Reads a run's text artifact by path.</summary>
internal static class TaskArtifacts
{
    public static async Task<string> ReadAsync(IStore store, string runId, string path, CancellationToken ct)
    {
        var artifacts = await store.Runs.ListArtifactsAsync(runId, ct);
        using var reader = new StreamReader(store.Artifacts.OpenRead(artifacts.Single(a => a.Path == path).Sha256));
        return await reader.ReadToEndAsync(ct);
    }
}
