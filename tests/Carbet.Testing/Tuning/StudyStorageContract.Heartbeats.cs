using Carbet.Core;
using Carbet.Tuning.Storage;

using Xunit;

namespace Carbet.Testing.Tuning;

public abstract partial class StudyStorageContract
{
    [Fact]
    public async Task FailStaleTrialsAsync_NoHeartbeatPastCutoff_FailsWithWorkerAndStartTime()
    {
        var study = await NewStudyAsync();
        var stale = (await Storage.StartTrialAsync(study.Id, null, "host-a:4242", At(0), Ct))!;

        var failed = await Storage.FailStaleTrialsAsync(study.Id, At(61), At(70), Ct);

        var read = Assert.Single(await Storage.ListTrialsAsync(study.Id, Ct));
        Assert.Equal((stale.Id, TrialState.Failed, At(70)), (read.Id, read.State, read.FinishedAt));
        var returned = Assert.Single(failed);
        Assert.Equal((read.Id, read.State, read.Message, read.FinishedAt), (returned.Id, returned.State, returned.Message, returned.FinishedAt));
        Assert.Contains("'host-a:4242'", read.Message, StringComparison.Ordinal);
        Assert.Contains("sent no heartbeat since the trial started (at 2026-03-01 08:00:00Z)", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailStaleTrialsAsync_OldHeartbeat_FailsNamingTheLastHeartbeat()
    {
        var study = await NewStudyAsync();
        var trial = (await Storage.StartTrialAsync(study.Id, null, "w1", At(0), Ct))!;
        Assert.True(await Storage.RecordHeartbeatAsync(trial.Id, At(30), Ct));

        await Storage.FailStaleTrialsAsync(study.Id, At(91), At(95), Ct);

        var read = Assert.Single(await Storage.ListTrialsAsync(study.Id, Ct));
        Assert.Equal(TrialState.Failed, read.State);
        Assert.Contains("Worker 'w1' stopped sending heartbeats (last at 2026-03-01 08:00:30Z)", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailStaleTrialsAsync_FreshHeartbeatOrRecentStart_LeavesTrialsRunning()
    {
        var study = await NewStudyAsync();
        var beating = (await Storage.StartTrialAsync(study.Id, null, "w1", At(0), Ct))!;
        await Storage.StartTrialAsync(study.Id, null, "w2", At(50), Ct);
        Assert.True(await Storage.RecordHeartbeatAsync(beating.Id, At(45), Ct));
        await Storage.EnqueueTrialAsync(study.Id, new Dictionary<string, double> { ["lr"] = 0.1 }, Ct);

        var failed = await Storage.FailStaleTrialsAsync(study.Id, At(40), At(60), Ct);

        Assert.Empty(failed);
        Assert.Equal([TrialState.Running, TrialState.Running, TrialState.Waiting], (await Storage.ListTrialsAsync(study.Id, Ct)).Select(t => t.State));
    }

    [Fact]
    public async Task FailStaleTrialsAsync_TrialCompletedMeanwhile_IsNotOverwritten()
    {
        var study = await NewStudyAsync();
        var trial = (await Storage.StartTrialAsync(study.Id, null, "w1", At(0), Ct))!;
        var other = await OpenAnotherAsync();
        await other.FinishTrialAsync(trial.Id, TrialState.Complete, 0.83, null, At(100), Ct);

        var failed = await Storage.FailStaleTrialsAsync(study.Id, At(90), At(101), Ct);

        Assert.Empty(failed);
        var read = Assert.Single(await Storage.ListTrialsAsync(study.Id, Ct));
        Assert.Equal((TrialState.Complete, 0.83, null, At(100)), (read.State, read.Value, read.Message, read.FinishedAt));
    }

    [Fact]
    public async Task FailStaleTrialsAsync_RacingFinishes_EachTrialEndsOnceAndFinishedOnesStay()
    {
        var study = await NewStudyAsync();
        var trials = new List<TrialRecord>();
        for (var i = 0; i < 20; i++)
            trials.Add((await Storage.StartTrialAsync(study.Id, null, $"w{i}", At(i), Ct))!);
        var reaper = await OpenAnotherAsync();
        var finisher = await OpenAnotherAsync();
        var finished = new List<string>();

        var reaping = Task.Run(() => reaper.FailStaleTrialsAsync(study.Id, At(1000), At(1000), Ct), Ct);
        var finishing = Task.Run(async () =>
        {
            foreach (var trial in trials)
            {
                try
                {
                    await finisher.FinishTrialAsync(trial.Id, TrialState.Complete, trial.Number, null, At(999), Ct);
                    finished.Add(trial.Id);
                }
                catch (UserErrorException)
                {
                    // failed as stale first: the finish is refused, never written over the failure
                }
            }
        }, Ct);
        var failed = await reaping;
        await finishing;

        var read = await Storage.ListTrialsAsync(study.Id, Ct);
        Assert.Equal(20, finished.Count + failed.Length);
        Assert.All(read.Where(t => finished.Contains(t.Id)), t => Assert.Equal((TrialState.Complete, null), (t.State, t.Message)));
        Assert.All(read.Where(t => failed.Any(f => f.Id == t.Id)), t => Assert.Equal(TrialState.Failed, t.State));
    }

    [Fact]
    public async Task RecordHeartbeatAsync_FinishedTrial_ReturnsFalse()
    {
        var study = await NewStudyAsync();
        var trial = (await Storage.StartTrialAsync(study.Id, null, "w1", At(0), Ct))!;
        await Storage.FinishTrialAsync(trial.Id, TrialState.Complete, 0.5, null, At(5), Ct);

        Assert.False(await Storage.RecordHeartbeatAsync(trial.Id, At(6), Ct));
        await Assert.ThrowsAsync<UserErrorException>(() => Storage.RecordHeartbeatAsync("0123456789abcdef0123456789abcdef", At(6), Ct));
    }
}
