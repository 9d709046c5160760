using Carbet.Core;
using Carbet.Lifecycle.Demo;
using Carbet.Testing;
using Carbet.Tracking;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Tests.Demo;

public sealed class DemoWorkflowTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private DemoOptions Small => new() { WorkingDirectory = _folder.Path, Months = 4, ApplicationsPerMonth = 600, TrainingMonths = 3, TuningTrials = 2, Actor = "tester" };

    [Fact]
    public async Task RunAsync_Twice_KeepsTheFirstAndMovesChampion()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        var first = await new DemoWorkflow(store, new CarbetContext(Small.Seed)).RunAsync(Small, null, ct);
        var second = await new DemoWorkflow(store, new CarbetContext(Small.Seed)).RunAsync(Small, null, ct);

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Null(first.PreviousChampion);
        Assert.Equal(1, second.PreviousChampion);
        Assert.Equal(2, (await store.Models.ResolveAsync("credit-risk", "champion", ct))?.Version);
        var v1 = await store.Models.GetVersionAsync("credit-risk", 1, ct);
        Assert.NotNull(v1);
        Assert.Equal(first.RunId, v1.RunId);
        Assert.Equal(first.Metrics["test_auc"], v1.Metrics["test_auc"]);
        // same seed, same data: every family scores the same; only the order of tied families may differ, since ties go to
        // the faster family and fit times vary with the machine's load
        Assert.Equal(Scores(first.Leaderboard), Scores(second.Leaderboard));
        Assert.Contains(first.Leaderboard, e => e.TestAuc == second.Metrics["test_auc"]);
        Assert.InRange(first.Metrics["test_auc"], 0.6, 1.0);
        Assert.InRange(first.Metrics["test_auc"], first.Metrics["test_auc_ci_lower"], first.Metrics["test_auc_ci_upper"]);
        Assert.InRange(first.Metrics["decision_threshold"], 0.0, 1.0);
        Assert.Contains("expected cost", first.Threshold, StringComparison.Ordinal);   // the demo's carbet.yaml declares costs
        Assert.Equal(first.DatasetVersionId, second.DatasetVersionId);   // identical bytes: one dataset version

        var run = await store.Runs.GetAsync(first.RunId, ct);
        Assert.Equal(RunStatus.Finished, run?.Status);
        Assert.Equal(first.Leaderboard[0].Family, run?.Params["selection.winner"]);
        Assert.Equal(["baseline", "fasttree", "forest", "lightgbm", "logistic", "sdca"], first.Leaderboard.Select(e => e.Family).Order(StringComparer.Ordinal));
        Assert.Equal("3", run?.Params["demo.training_months"]);
        Assert.Equal("2024-04-01", run?.Params["data.known_before"]);   // months 1 to 3 train and test; month 4 plays production
        Assert.Equal(first.TrainRows + first.TestRows + long.Parse(run!.Params["data.rows_later"], System.Globalization.CultureInfo.InvariantCulture),
            first.Data!.Prepared.Preparation.RowsAfter);
        Assert.Contains(await store.Runs.ListArtifactsAsync(first.RunId, ct), a => a.Path == "data/manifest.json");
        Assert.Equal(Small.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), run?.Params["seed"]);
        Assert.Contains(await store.Runs.ListArtifactsAsync(first.RunId, ct), a => a.Path == DemoWorkflow.ModelArtifact && a.Size > 0);
        var audit = await store.Audit.ListAsync("model/credit-risk", 10, ct);
        Assert.Contains(audit, e => e.Actor == "tester" && e.Action.Contains("alias", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_RawDemoWorld_ProfilesValidatesAndPreparesBeforeTraining()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        var summary = await new DemoWorkflow(store, new CarbetContext(Small.Seed)).RunAsync(Small, null, ct);
        var data = Assert.IsType<DemoData>(summary.Data);

        Assert.Contains(data.Profile.Profile.Alerts, a => a.Column == "collection_status");
        Assert.Equal(["allowed_set(territory)", "range(monthly_income)", "unique(application_id)"],
            data.Validation.Result.Results.Where(r => !r.Passed).Select(r => r.Expectation.Name).Order(StringComparer.Ordinal));
        var prepared = data.Prepared.Preparation.Table;
        Assert.Null(prepared.Find("collection_status"));
        Assert.Null(prepared.Find("fax_number"));
        var territories = (Carbet.Data.Tables.TextColumn)prepared["territory"];
        Assert.Equal(["guadeloupe", "guyane", "martinique"], territories.Dictionary.Order(StringComparer.Ordinal));
        Assert.Equal(data.Prepared.RawVersion.Id, data.Prepared.PreparedVersion.ParentId);
        Assert.True(File.Exists(Path.Combine(data.Prepared.DatasheetFolder, "credit-risk-v1.md")));
        Assert.Equal(data.Prepared.Preparation.RowsBefore, data.Prepared.Preparation.RowsAfter + data.Prepared.Preparation.RowsDropped);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileTraining_EndsTheRunFailedAndRegistersNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var progress = new InlineProgress(p =>
        {
            if (p.Step.StartsWith("Training: Training", StringComparison.Ordinal))
                cancel.Cancel();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new DemoWorkflow(store, new CarbetContext(1)).RunAsync(Small, progress, cancel.Token));

        var runs = await store.Runs.SearchAsync(new RunQuery { Experiment = "credit-risk" }, ct);
        Assert.Equal(RunStatus.Failed, Assert.Single(runs.Runs, r => r.Name == "train").Status);
        Assert.All(runs.Runs.Where(r => r.Name is "profile" or "validate" or "prepare"), r => Assert.Equal(RunStatus.Finished, r.Status));
        Assert.Null(await store.Models.FindAsync("credit-risk", ct));
    }

    [Fact]
    public async Task RunAsync_MoreTrainingMonthsThanGenerated_IsAUserErrorBeforeAnyRun()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        await Assert.ThrowsAsync<UserErrorException>(() =>
            new DemoWorkflow(store, new CarbetContext(1)).RunAsync(Small with { TrainingMonths = 9 }, null, ct));
        Assert.Equal(0, (await store.Runs.SearchAsync(new RunQuery(), ct)).Total);
    }

    private sealed class InlineProgress(Action<WorkflowProgress> report) : IProgress<WorkflowProgress>
    {
        public void Report(WorkflowProgress value) => report(value);
    }

    private static IEnumerable<(string Family, double Cv, double Test)> Scores(IEnumerable<Carbet.Lifecycle.Training.LeaderboardEntry> leaderboard) =>
        leaderboard.Select(e => (e.Family, e.CvAucMean, e.TestAuc)).OrderBy(e => e.Family, StringComparer.Ordinal).ThenBy(e => e.CvAucMean);
}
