using Carbet.Core;
using Carbet.Tuning.Samplers;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;
using Carbet.Tuning.Studies;

using Microsoft.Extensions.Time.Testing;

namespace Carbet.Tuning.Tests.Studies;

public sealed class StudyTests
{
    private static readonly SearchSpace Quadratic = new([new("x", Distribution.Float(-10, 10)), new("y", Distribution.Float(-10, 10))]);

    private static Task<double> QuadraticObjective(Trial trial, CancellationToken ct) =>
        Task.FromResult(Math.Pow(trial.Get("x") - 3, 2) + Math.Pow(trial.Get("y") + 1, 2));

    private static Task<Study> OpenAsync(IStudyStorage storage, ISampler? sampler = null, int seed = 1, TimeProvider? time = null, string name = "s") =>
        Study.OpenAsync(storage, name, new StudyOptions
        {
            Space = Quadratic,
            Sampler = sampler ?? new TpeSampler(),
            Context = new CarbetContext(seed, time ?? TimeProvider.System),
        }, TestContext.Current.CancellationToken);

    private static async Task<double> BestAsync(ISampler sampler, int seed)
    {
        var study = await OpenAsync(new InMemoryStudyStorage(), sampler, seed);
        var result = await study.OptimizeAsync(QuadraticObjective, StudyBudget.Trials(40), "w", null, TestContext.Current.CancellationToken);
        return result.Best!.Value!.Value;
    }

    [Fact]
    public async Task OptimizeAsync_TpeOnQuadratic_BeatsRandomWithEqualTrials()
    {
        var tpe = new List<double>();
        var random = new List<double>();
        for (var seed = 0; seed < 5; seed++)
        {
            tpe.Add(await BestAsync(new TpeSampler(), seed));
            random.Add(await BestAsync(new RandomSampler(), seed));
        }
        Assert.True(tpe.Order().ElementAt(2) < random.Order().ElementAt(2), $"TPE median {tpe.Order().ElementAt(2)}, random {random.Order().ElementAt(2)}");
    }

    [Fact]
    public async Task OptimizeAsync_SameSeed_SameParameters()
    {
        var a = await BestAsync(new TpeSampler(), 11);
        var b = await BestAsync(new TpeSampler(), 11);
        var c = await BestAsync(new TpeSampler(), 12);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public async Task OptimizeAsync_TrialBudget_StopsAtMaxTrials()
    {
        var study = await OpenAsync(new InMemoryStudyStorage());
        var result = await study.OptimizeAsync(QuadraticObjective, StudyBudget.Trials(12), "w", null, TestContext.Current.CancellationToken);
        Assert.Equal((12, StopReason.MaxTrials), (result.TrialsRun, result.Reason));
        Assert.Equal(12, (await study.ListTrialsAsync(TestContext.Current.CancellationToken)).Length);
    }

    [Fact]
    public async Task OptimizeAsync_TimeBudget_StartsNoTrialAfterDeadline()
    {
        var clock = new FakeTimeProvider();
        var study = await OpenAsync(new InMemoryStudyStorage(), time: clock);
        var result = await study.OptimizeAsync((trial, ct) =>
        {
            clock.Advance(TimeSpan.FromSeconds(3));
            return QuadraticObjective(trial, ct);
        }, StudyBudget.Time(TimeSpan.FromSeconds(10)), "w", null, TestContext.Current.CancellationToken);
        Assert.Equal((4, StopReason.TimeLimit), (result.TrialsRun, result.Reason));
        Assert.Null(result.Note);
    }

    [Fact]
    public async Task OptimizeAsync_TimeBudgetShorterThanOneTrial_SaysSo()
    {
        var clock = new FakeTimeProvider();
        var study = await OpenAsync(new InMemoryStudyStorage(), time: clock);
        var result = await study.OptimizeAsync((trial, ct) =>
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            return QuadraticObjective(trial, ct);
        }, StudyBudget.Time(TimeSpan.FromSeconds(10)), "w", null, TestContext.Current.CancellationToken);
        Assert.Equal(1, result.TrialsRun);
        Assert.Contains("first trial", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptimizeAsync_ZeroTimeLimit_Refused()
    {
        var study = await OpenAsync(new InMemoryStudyStorage());
        await Assert.ThrowsAsync<UserErrorException>(() => study.OptimizeAsync(QuadraticObjective, StudyBudget.Time(TimeSpan.Zero), "w", null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OptimizeAsync_ObjectiveThrowsOrNaN_TrialFailedWithReasonAndStudyGoesOn()
    {
        var study = await OpenAsync(new InMemoryStudyStorage());
        await study.OptimizeAsync((trial, ct) => trial.Number switch
        {
            1 => throw new InvalidOperationException("out of memory on fold 2"),
            2 => Task.FromResult(double.NaN),
            _ => QuadraticObjective(trial, ct),
        }, StudyBudget.Trials(5), "w", null, TestContext.Current.CancellationToken);
        var trials = await study.ListTrialsAsync(TestContext.Current.CancellationToken);
        Assert.Equal([TrialState.Complete, TrialState.Failed, TrialState.Failed, TrialState.Complete, TrialState.Complete], trials.Select(t => t.State));
        Assert.Contains("out of memory on fold 2", trials[1].Message, StringComparison.Ordinal);
        Assert.Contains("NaN", trials[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ExistingStudy_ResumesNumberingUpToTotalBudget()
    {
        var storage = new InMemoryStudyStorage();
        var first = await OpenAsync(storage);
        await first.OptimizeAsync(QuadraticObjective, StudyBudget.Trials(7), "w1", null, TestContext.Current.CancellationToken);
        var resumed = await OpenAsync(storage);
        var result = await resumed.OptimizeAsync(QuadraticObjective, StudyBudget.Trials(10), "w2", null, TestContext.Current.CancellationToken);
        var trials = await resumed.ListTrialsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, result.TrialsRun);
        Assert.Equal(Enumerable.Range(0, 10), trials.Select(t => t.Number));
        Assert.Equal(["w1", "w1", "w1", "w1", "w1", "w1", "w1", "w2", "w2", "w2"], trials.Select(t => t.Worker));
    }

    [Fact]
    public async Task OpenAsync_ExistingStudyWithOtherSpace_Refused()
    {
        var storage = new InMemoryStudyStorage();
        await OpenAsync(storage);
        await Assert.ThrowsAsync<UserErrorException>(() => Study.OpenAsync(storage, "s",
            new StudyOptions { Space = new([new("x", Distribution.Float(0, 1))]) }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EnqueueAsync_Defaults_RunAsTrialZero()
    {
        var study = await OpenAsync(new InMemoryStudyStorage());
        await study.EnqueueAsync(new Dictionary<string, double> { ["x"] = 3, ["y"] = -1 }, TestContext.Current.CancellationToken);
        await study.OptimizeAsync(QuadraticObjective, StudyBudget.Trials(3), "w", null, TestContext.Current.CancellationToken);
        var best = await study.FindBestTrialAsync(TestContext.Current.CancellationToken);
        Assert.Equal((0, 0.0), (best!.Number, best.Value!.Value));
    }

    [Fact]
    public async Task EnqueueAsync_ValueOutOfRange_Refused()
    {
        var study = await OpenAsync(new InMemoryStudyStorage());
        await Assert.ThrowsAsync<UserErrorException>(() => study.EnqueueAsync(new Dictionary<string, double> { ["x"] = 30, ["y"] = 0 }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OptimizeAsync_FourWorkersSharingStudy_ExactlyMaxTrials()
    {
        var storage = new InMemoryStudyStorage();
        var workers = Enumerable.Range(0, 4).Select(async w =>
        {
            var study = await OpenAsync(storage);
            await study.OptimizeAsync(async (trial, ct) => { await Task.Yield(); return await QuadraticObjective(trial, ct); },
                StudyBudget.Trials(30), $"w{w}", null, TestContext.Current.CancellationToken);
        });
        await Task.WhenAll(workers);
        var trials = await storage.ListTrialsAsync((await storage.FindStudyAsync("s", TestContext.Current.CancellationToken))!.Id, TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(0, 30), trials.Select(t => t.Number).Order());
        Assert.All(trials, t => Assert.Equal(TrialState.Complete, t.State));
    }

    [Fact]
    public async Task OptimizeAsync_Cancelled_FailsRunningTrialAndThrows()
    {
        using var cancel = new CancellationTokenSource();
        var study = await OpenAsync(new InMemoryStudyStorage());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => study.OptimizeAsync(async (trial, ct) =>
        {
            await cancel.CancelAsync();
            ct.ThrowIfCancellationRequested();
            return 0;
        }, StudyBudget.Trials(5), "w", null, cancel.Token));
        var trial = Assert.Single(await study.ListTrialsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(TrialState.Failed, trial.State);
    }
}
