using Carbet.Core;
using Carbet.Tuning.Storage;

using Xunit;

namespace Carbet.Testing.Tuning;

/// <summary>The contract of <see cref="IStudyStorage"/>, run unchanged on every implementation: each test gets a new,
/// empty storage, and may open more handles on it, as other processes would.</summary>
public abstract partial class StudyStorageContract : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private string _location = null!;

    protected IStudyStorage Storage { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Where a new, empty storage lives (a path, a connection string, a key); a new one on every call.</summary>
    protected abstract Task<string> CreateEmptyStorageAsync();

    /// <summary>A new handle on the storage at <paramref name="location"/>, with connections of its own.</summary>
    protected abstract Task<IStudyStorage> OpenAsync(string location);

    public async ValueTask InitializeAsync()
    {
        _location = await CreateEmptyStorageAsync();
        Storage = await OpenAsync(_location);
    }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected Task<IStudyStorage> OpenAnotherAsync() => OpenAsync(_location);

    protected static DateTimeOffset At(int second) => T0.AddSeconds(second);

    protected Task<StudyRecord> NewStudyAsync(StudyDirection direction = StudyDirection.Maximize) =>
        Storage.OpenStudyAsync($"study-{Guid.NewGuid():N}", direction, new Dictionary<string, string>(), Ct);

    [Fact]
    public async Task OpenStudyAsync_SameNameTwice_ReturnsTheFirstStudy()
    {
        var first = await Storage.OpenStudyAsync("lgbm-auc", StudyDirection.Maximize, new Dictionary<string, string> { ["sampler"] = "tpe" }, Ct);

        var again = await Storage.OpenStudyAsync("lgbm-auc", StudyDirection.Maximize, new Dictionary<string, string> { ["sampler"] = "random" }, Ct);

        Assert.Equal((first.Id, "lgbm-auc", StudyDirection.Maximize, "tpe"), (again.Id, again.Name, again.Direction, again.Attributes["sampler"]));
        Assert.Equal(first.Id, (await Storage.FindStudyAsync("lgbm-auc", Ct))?.Id);
        Assert.Single(await Storage.ListStudiesAsync(Ct), s => s.Id == first.Id);
    }

    [Fact]
    public async Task OpenStudyAsync_OtherDirection_Throws()
    {
        var study = await NewStudyAsync(StudyDirection.Minimize);

        var error = await Assert.ThrowsAsync<UserErrorException>(() =>
            Storage.OpenStudyAsync(study.Name, StudyDirection.Maximize, new Dictionary<string, string>(), Ct));

        Assert.Contains(study.Name, error.Message, StringComparison.Ordinal);
        Assert.Equal(StudyDirection.Minimize, (await Storage.FindStudyAsync(study.Name, Ct))?.Direction);
    }

    [Fact]
    public async Task FindStudyAsync_Unknown_ReturnsNull() =>
        Assert.Null(await Storage.FindStudyAsync($"absent-{Guid.NewGuid():N}", Ct));

    [Fact]
    public async Task StartTrialAsync_OneWorker_NumbersFromZero()
    {
        var study = await NewStudyAsync();

        var trials = new List<TrialRecord>();
        for (var i = 0; i < 5; i++)
            trials.Add((await Storage.StartTrialAsync(study.Id, null, "w1", At(i), Ct))!);

        Assert.Equal([0, 1, 2, 3, 4], trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.Equal((TrialState.Running, "w1", study.Id), (t.State, t.Worker, t.StudyId)));
        var listed = await Storage.ListTrialsAsync(study.Id, Ct);
        Assert.Equal(trials.Select(t => (t.Id, t.Number, t.StartedAt)), listed.Select(t => (t.Id, t.Number, t.StartedAt)));
    }

    [Fact]
    public async Task StartTrialAsync_MaxTrialsReached_ReturnsNullAndWaitingTrialsDoNotCount()
    {
        var study = await NewStudyAsync();
        await Storage.StartTrialAsync(study.Id, 2, "w1", At(0), Ct);
        await Storage.EnqueueTrialAsync(study.Id, new Dictionary<string, double> { ["lr"] = 0.1 }, Ct);

        var second = await Storage.StartTrialAsync(study.Id, 2, "w1", At(1), Ct);
        var third = await Storage.StartTrialAsync(study.Id, 2, "w1", At(2), Ct);

        Assert.Equal((1, 0.1), (second?.Number, second?.Parameters["lr"]));
        Assert.Null(third);
        Assert.Equal(2, (await Storage.ListTrialsAsync(study.Id, Ct)).Length);
    }

    [Fact]
    public async Task EnqueueTrialAsync_ThenStart_ClaimsOldestWaitingWithItsParameters()
    {
        var study = await NewStudyAsync();
        var first = await Storage.EnqueueTrialAsync(study.Id, new Dictionary<string, double> { ["lr"] = 0.1, ["depth"] = 6 }, Ct);
        var second = await Storage.EnqueueTrialAsync(study.Id, new Dictionary<string, double> { ["lr"] = 0.3 }, Ct);
        Assert.Equal((0, 1, TrialState.Waiting), (first.Number, second.Number, first.State));
        Assert.All(await Storage.ListTrialsAsync(study.Id, Ct), t => Assert.Equal((TrialState.Waiting, null), (t.State, t.StartedAt)));

        var claimed = await Storage.StartTrialAsync(study.Id, null, "w1", At(1), Ct);
        var next = await Storage.StartTrialAsync(study.Id, null, "w2", At(2), Ct);
        var fresh = await Storage.StartTrialAsync(study.Id, null, "w1", At(3), Ct);

        Assert.Equal((first.Id, 0, TrialState.Running, "w1", At(1)), (claimed?.Id, claimed?.Number, claimed?.State, claimed?.Worker, claimed?.StartedAt));
        Assert.Equal(first.Parameters, claimed!.Parameters);
        Assert.Equal((second.Id, 0.3), (next?.Id, next?.Parameters["lr"]));
        Assert.Equal((2, 0), (fresh?.Number, fresh?.Parameters.Count));
    }

    [Fact]
    public async Task SetParametersAsync_RunningTrial_RoundTripsAndMerges()
    {
        var study = await NewStudyAsync();
        var trial = (await Storage.StartTrialAsync(study.Id, null, "w1", At(0), Ct))!;

        await Storage.SetParametersAsync(trial.Id, new Dictionary<string, double> { ["lr"] = 0.05, ["leaves"] = 31 }, Ct);
        await Storage.SetParametersAsync(trial.Id, new Dictionary<string, double> { ["booster"] = 2 }, Ct);

        var read = Assert.Single(await Storage.ListTrialsAsync(study.Id, Ct));
        Assert.Equal(["booster", "leaves", "lr"], read.Parameters.Keys);
        Assert.Equal((0.05, 31.0, 2.0), (read.Parameters["lr"], read.Parameters["leaves"], read.Parameters["booster"]));
    }

    [Fact]
    public async Task ReportAsync_RepeatedStep_KeepsLastValue()
    {
        var study = await NewStudyAsync();
        var trial = (await Storage.StartTrialAsync(study.Id, null, "w1", At(0), Ct))!;

        await Storage.ReportAsync(trial.Id, 0, 0.71, Ct);
        await Storage.ReportAsync(trial.Id, 10, 0.75, Ct);
        await Storage.ReportAsync(trial.Id, 10, 0.76, Ct);
        await Storage.ReportAsync(trial.Id, 5, 0.73, Ct);

        var read = Assert.Single(await Storage.ListTrialsAsync(study.Id, Ct));
        Assert.Equal([(0, 0.71), (5, 0.73), (10, 0.76)], read.IntermediateValues.Select(v => (v.Key, v.Value)));
    }

    [Fact]
    public async Task FinishTrialAsync_EachEndState_RoundTripsWithValueAndMessage()
    {
        var study = await NewStudyAsync();
        var trials = new List<TrialRecord>();
        for (var i = 0; i < 3; i++)
            trials.Add((await Storage.StartTrialAsync(study.Id, null, $"w{i}", At(i), Ct))!);

        await Storage.FinishTrialAsync(trials[0].Id, TrialState.Complete, 0.81, null, At(10), Ct);
        await Storage.FinishTrialAsync(trials[1].Id, TrialState.Pruned, 0.62, "below the median at step 20", At(11), Ct);
        await Storage.FinishTrialAsync(trials[2].Id, TrialState.Failed, null, "InvalidOperationException: no rows", At(12), Ct);

        var read = await Storage.ListTrialsAsync(study.Id, Ct);
        Assert.Equal(
            [(TrialState.Complete, 0.81, null, At(10)), (TrialState.Pruned, 0.62, "below the median at step 20", At(11)),
             (TrialState.Failed, null, "InvalidOperationException: no rows", At(12))],
            read.Select(t => (t.State, t.Value, t.Message, t.FinishedAt)));
        Assert.Equal(["w0", "w1", "w2"], read.Select(t => t.Worker));
    }
}
