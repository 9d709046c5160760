using Carbet.Core;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;
using Carbet.Tuning.Studies;

using Microsoft.Extensions.Time.Testing;

namespace Carbet.Tuning.Tests.Studies;

public sealed class HeartbeatStudyTests
{
    private static readonly SearchSpace Line = new([new("x", Distribution.Float(-10, 10))]);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<double> Square(Trial trial, CancellationToken ct) => Task.FromResult(Math.Pow(trial.Get("x"), 2));

    private static Task<Study> OpenAsync(IStudyStorage storage, TimeProvider time, TimeSpan? interval = null) =>
        Study.OpenAsync(storage, "s", new StudyOptions
        {
            Space = Line,
            Context = new CarbetContext(1, time),
            HeartbeatInterval = interval ?? Interval,
        }, Ct);

    /// <summary>Moves the clock one interval on and waits for the heartbeat that this fires.</summary>
    private static async Task<(string TrialId, DateTimeOffset At, bool Written)> BeatAsync(FakeTimeProvider clock, WatchedStudyStorage storage)
    {
        clock.Advance(Interval);
        return await storage.Heartbeats.Reader.ReadAsync(Ct);
    }

    [Fact]
    public async Task OptimizeAsync_WorkerDiedMidTrial_NextWorkerFailsItAndBudgetCompletes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var storage = new InMemoryStudyStorage(clock);
        var crashed = await OpenAsync(storage, clock);
        await crashed.OptimizeAsync(Square, StudyBudget.Trials(2), "host-a:101", null, Ct);
        // the process is killed during its third trial: claimed, then never a heartbeat nor a finish
        await storage.StartTrialAsync(crashed.Record.Id, 5, "host-a:101", clock.GetUtcNow(), Ct);
        clock.Advance(TimeSpan.FromSeconds(61));

        var result = await (await OpenAsync(storage, clock)).OptimizeAsync(Square, StudyBudget.Trials(5), "host-b:202", null, Ct);

        var trials = await crashed.ListTrialsAsync(Ct);
        Assert.Equal((StopReason.MaxTrials, 2, 1), (result.Reason, result.TrialsRun, result.StaleTrialsFailed));
        Assert.Equal([TrialState.Complete, TrialState.Complete, TrialState.Failed, TrialState.Complete, TrialState.Complete], trials.Select(t => t.State));
        Assert.Equal("Worker 'host-a:101' sent no heartbeat since the trial started (at 2026-03-01 08:00:00Z); it probably died, so the trial was failed as stale.",
            trials[2].Message);
        Assert.Equal(clock.GetUtcNow(), trials[2].FinishedAt);
        Assert.Contains("Failed 1 stale trial(s)", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptimizeAsync_LongTrialSendingHeartbeats_IsNotFailedByAnotherWorker()
    {
        var clock = new FakeTimeProvider();
        var storage = new WatchedStudyStorage(clock);
        var other = await OpenAsync(storage, clock);
        OptimizeResult? otherResult = null;

        await (await OpenAsync(storage, clock)).OptimizeAsync(async (trial, ct) =>
        {
            for (var i = 0; i < 4; i++)
                Assert.True((await BeatAsync(clock, storage)).Written);   // 120 s in all, twice the grace period
            otherResult = await other.OptimizeAsync(Square, StudyBudget.Trials(3), "w2", null, ct);
            return 1;
        }, StudyBudget.Trials(1), "w1", null, Ct);

        var trials = await other.ListTrialsAsync(Ct);
        Assert.Equal(0, otherResult?.StaleTrialsFailed);
        Assert.Equal([(TrialState.Complete, "w1"), (TrialState.Complete, "w2"), (TrialState.Complete, "w2")], trials.Select(t => (t.State, t.Worker!)));
    }

    [Fact]
    public async Task OptimizeAsync_StoreRefusesHeartbeats_TrialStillCompletes()
    {
        var clock = new FakeTimeProvider();
        var storage = new WatchedStudyStorage(clock) { Down = true };
        var study = await OpenAsync(storage, clock);

        var result = await study.OptimizeAsync(async (trial, ct) =>
        {
            Assert.False((await BeatAsync(clock, storage)).Written);
            Assert.False((await BeatAsync(clock, storage)).Written);
            return 2;
        }, StudyBudget.Trials(1), "w1", null, Ct);

        var trial = Assert.Single(await study.ListTrialsAsync(Ct));
        Assert.Equal((TrialState.Complete, 2.0), (trial.State, trial.Value));
        Assert.Contains("2 heartbeat(s) could not be written", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptimizeAsync_OwnTrialFailedAsStaleMeanwhile_KeepsTheFailureAndGoesOn()
    {
        var clock = new FakeTimeProvider();
        var storage = new WatchedStudyStorage(clock) { Down = true };
        var study = await OpenAsync(storage, clock);

        var result = await study.OptimizeAsync(async (trial, ct) =>
        {
            if (trial.Number == 0)
            {
                // a worker that cannot write a heartbeat for longer than the grace period looks dead to the others
                clock.Advance(TimeSpan.FromMinutes(5));
                await storage.FailStaleTrialsAsync(study.Record.Id, clock.GetUtcNow(), clock.GetUtcNow(), ct);
            }
            return await Square(trial, ct);
        }, StudyBudget.Trials(2), "w1", null, Ct);

        var trials = await study.ListTrialsAsync(Ct);
        Assert.Equal(2, result.TrialsRun);
        Assert.Equal([TrialState.Failed, TrialState.Complete], trials.Select(t => t.State));
        Assert.Contains("failed as stale", trials[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptimizeAsync_HeartbeatsOff_NeverFailsRunningTrials()
    {
        var clock = new FakeTimeProvider();
        var storage = new InMemoryStudyStorage(clock);
        var study = await Study.OpenAsync(storage, "s", new StudyOptions { Space = Line, Context = new CarbetContext(1, clock), HeartbeatInterval = null }, Ct);
        await storage.StartTrialAsync(study.Record.Id, null, "gone", clock.GetUtcNow(), Ct);
        clock.Advance(TimeSpan.FromDays(1));

        var result = await study.OptimizeAsync(Square, StudyBudget.Trials(2), "w1", null, Ct);

        Assert.Equal(0, result.StaleTrialsFailed);
        Assert.Equal(TrialState.Running, (await study.ListTrialsAsync(Ct))[0].State);
    }

    [Fact]
    public async Task OptimizeAsync_GraceNotLongerThanInterval_Refused()
    {
        var study = await Study.OpenAsync(new InMemoryStudyStorage(), "s",
            new StudyOptions { Space = Line, HeartbeatInterval = Interval, HeartbeatGracePeriod = Interval }, Ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => study.OptimizeAsync(Square, StudyBudget.Trials(1), "w", null, Ct));

        Assert.Contains("grace period", error.Message, StringComparison.Ordinal);
    }
}
