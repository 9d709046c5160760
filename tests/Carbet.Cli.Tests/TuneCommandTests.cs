using Carbet.Testing;
using Carbet.Tracking;
using Carbet.Tuning.Storage;

namespace Carbet.Cli.Tests;

public sealed class TuneCommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly PostgresServer _postgres = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _postgres.DisposeAsync();
        _folder.Dispose();
    }

    private Task<CarbetProcess.Result> Carbet(params string[] args) => CarbetProcess.RunAsync(_folder.Path, args);

    private static void AssertExit(int code, CarbetProcess.Result result) => Assert.True(result.ExitCode == code, $"exit {result.ExitCode}: {result.All}");

    private async Task PrepareAsync(params string[] store)
    {
        AssertExit(0, await Carbet(["demo-data", "--months", "2", "--rows-per-month", "300", "--out", "world"]));
        AssertExit(0, await Carbet(["init", "world/applications.csv", "--target", "default_12m", "--name", "credit"]));
        AssertExit(0, await Carbet([.. store, "data", "prepare"]));
    }

    [Fact]
    public async Task Tune_TwiceOnSqlite_SecondRunResumesTheStudy()
    {
        await PrepareAsync();

        var first = await Carbet("tune", "--family", "logistic", "--folds", "3", "--trials", "3");
        var second = await Carbet("tune", "--family", "logistic", "--folds", "3", "--trials", "5");

        AssertExit(0, first);
        AssertExit(0, second);
        Assert.Contains("5 trials", second.Output, StringComparison.Ordinal);
        Assert.Contains("l2_regularization", first.Output, StringComparison.Ordinal);
        Assert.Matches(@"Silent workers' trials\s+.*none", second.Output);   // no worker died: no trial was failed for silence
    }

    [Fact]
    public async Task Tune_SameDataPreparedInTwoStores_SameStudyAndSameTrials()
    {
        await PrepareAsync();
        AssertExit(0, await Carbet("--store", "other.db", "data", "prepare"));

        var first = await Carbet("tune", "--family", "logistic", "--folds", "3", "--trials", "8");
        var second = await Carbet("--store", "other.db", "tune", "--family", "logistic", "--folds", "3", "--trials", "8");

        AssertExit(0, first);
        AssertExit(0, second);
        var studyName = new System.Text.RegularExpressions.Regex("credit/logistic/[0-9a-f]{10}");
        Assert.Equal(studyName.Match(first.Output).Value, studyName.Match(second.Output).Value);
        Assert.NotEmpty(studyName.Match(first.Output).Value);
        var ct = TestContext.Current.CancellationToken;
        await using var one = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        await using var other = await StoreFactory.OpenAsync(new StoreOptions { ConnectionString = "other.db", WorkingDirectory = _folder.Path }, ct);
        Assert.Equal(await TrialsAsync(one, studyName.Match(first.Output).Value, ct), await TrialsAsync(other, studyName.Match(first.Output).Value, ct));
    }

    private static async Task<string[]> TrialsAsync(IStore store, string name, CancellationToken ct)
    {
        var study = await store.Studies.FindStudyAsync(name, ct);
        var trials = await store.Studies.ListTrialsAsync(study!.Id, ct);
        return [.. trials.Select(t => $"{t.Number} {t.State} {t.Value:R} {string.Join(",", t.Parameters.Select(p => $"{p.Key}={p.Value:R}"))}")];
    }

    [Fact]
    public async Task Tune_FourWorkersOnPostgres_ShareOneStudyWithoutRunningATrialTwice()
    {
        var connection = await _postgres.CreateDatabaseAsync();
        await PrepareAsync("--store", connection);

        // a budget that outlasts the slowest worker's start (each process loads and featurizes the data first), so
        // every worker gets to claim trials even on a loaded machine
        var workers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Carbet("--store", connection, "tune", "--family", "logistic", "--folds", "3", "--trials", "40", "--study", "shared")));

        Assert.All(workers, w => AssertExit(0, w));
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { ConnectionString = connection, WorkingDirectory = _folder.Path }, TestContext.Current.CancellationToken);
        var study = await store.Studies.FindStudyAsync("shared", TestContext.Current.CancellationToken);
        var trials = await store.Studies.ListTrialsAsync(study!.Id, TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(0, 40), trials.Select(t => t.Number).Order());
        Assert.All(trials, t => Assert.NotEqual(TrialState.Running, t.State));
        Assert.Equal(40, trials.Select(t => t.Id).Distinct().Count());
        Assert.True(trials.Select(t => t.Worker).Distinct().Count() > 1, "the trials were all run by one worker");
        Assert.Single(trials, t => t.Parameters.SequenceEqual(trials[0].Parameters));
    }

    [Fact]
    public async Task Tune_RegressionProject_MinimisesRmseAndTrainResumesTheStudy()
    {
        HomesCsv.Write(_folder.File("homes.csv"));
        AssertExit(0, await Carbet("init", "homes.csv", "--target", "price", "--name", "homes"));
        AssertExit(0, await Carbet("data", "prepare"));

        var tune = await Carbet("tune", "--family", "sdca", "--folds", "3", "--trials", "4");
        var train = await Carbet("train", "--families", "sdca,baseline", "--folds", "3", "--trials", "4");

        AssertExit(0, tune);
        AssertExit(0, train);
        Assert.Contains("best CV RMSE", tune.Output, StringComparison.Ordinal);
        Assert.Contains("sdca (tuned)", train.Output, StringComparison.Ordinal);
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, TestContext.Current.CancellationToken);
        var study = Assert.Single(await store.Studies.ListStudiesAsync(TestContext.Current.CancellationToken));
        var trials = await store.Studies.ListTrialsAsync(study.Id, TestContext.Current.CancellationToken);
        Assert.Equal(StudyDirection.Minimize, study.Direction);
        Assert.Equal(4, trials.Length);   // train found the study tune filled and ran no trial of its own
        Assert.All(trials, t => Assert.Equal(trials[0].Worker, t.Worker));
    }

    [Fact]
    public async Task Tune_UnknownSampler_ExitsOneNamingTheOption()
    {
        await PrepareAsync();

        var tune = await Carbet("tune", "--sampler", "grid");

        AssertExit(1, tune);
        Assert.Contains("--sampler", tune.All, StringComparison.Ordinal);
    }
}
