using System.Collections.Concurrent;

using Carbet.Tuning.Storage;

using Xunit;

namespace Carbet.Testing.Tuning;

public abstract partial class StudyStorageContract
{
    private const int Workers = 8;
    private const int MaxTrials = 80;
    private const int Enqueued = 10;

    [Fact]
    public async Task StartTrialAsync_ConcurrentWorkersOwnHandles_ClaimEachTrialOnceUpToMaxTrials()
    {
        var study = await NewStudyAsync();
        for (var i = 0; i < Enqueued; i++)
            await Storage.EnqueueTrialAsync(study.Id, new Dictionary<string, double> { ["queued"] = i }, Ct);
        var handles = await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => OpenAnotherAsync()));
        var claimed = new ConcurrentBag<TrialRecord>();

        await Task.WhenAll(handles.Select((storage, w) => Task.Run(async () =>
        {
            var step = 0;
            while (await storage.StartTrialAsync(study.Id, MaxTrials, $"worker-{w}", At(step++), Ct) is { } trial)
            {
                claimed.Add(trial);
                await storage.SetParametersAsync(trial.Id, new Dictionary<string, double> { ["worker"] = w }, Ct);
                await storage.ReportAsync(trial.Id, 0, trial.Number, Ct);
                await storage.FinishTrialAsync(trial.Id, TrialState.Complete, trial.Number, null, At(step), Ct);
            }
        }, Ct)));

        Assert.Equal(MaxTrials, claimed.Count);
        Assert.Equal(MaxTrials, claimed.Select(t => t.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, MaxTrials), claimed.Select(t => t.Number).Order());
        Assert.Equal(Enumerable.Range(0, Enqueued).Select(i => (double)i),
            claimed.Where(t => t.Number < Enqueued).OrderBy(t => t.Number).Select(t => t.Parameters["queued"]));
        var listed = await Storage.ListTrialsAsync(study.Id, Ct);
        Assert.Equal(Enumerable.Range(0, MaxTrials), listed.Select(t => t.Number));
        Assert.All(listed, t =>
        {
            var mine = Assert.Single(claimed, c => c.Id == t.Id);
            Assert.Equal((TrialState.Complete, (double)t.Number, mine.Worker), (t.State, t.Value, t.Worker));
            Assert.Equal($"worker-{t.Parameters["worker"]}", t.Worker);
        });
    }

    [Fact]
    public async Task Writes_UnknownStudyOrTrial_ThrowUserError()
    {
        var study = await NewStudyAsync();
        var absent = Guid.NewGuid().ToString("N");
        var values = new Dictionary<string, double> { ["lr"] = 0.1 };

        await Assert.ThrowsAsync<Core.UserErrorException>(() => Storage.StartTrialAsync(absent, null, "w1", At(0), Ct));
        await Assert.ThrowsAsync<Core.UserErrorException>(() => Storage.EnqueueTrialAsync(absent, values, Ct));
        await Assert.ThrowsAsync<Core.UserErrorException>(() => Storage.SetParametersAsync(absent, values, Ct));
        await Assert.ThrowsAsync<Core.UserErrorException>(() => Storage.ReportAsync(absent, 1, 0.5, Ct));
        await Assert.ThrowsAsync<Core.UserErrorException>(() => Storage.FinishTrialAsync(absent, TrialState.Complete, 0.5, null, At(1), Ct));
        Assert.Empty(await Storage.ListTrialsAsync(absent, Ct));
        Assert.Empty(await Storage.ListTrialsAsync(study.Id, Ct));
    }

    [Fact]
    public async Task FinishTrialAsync_TrialNotRunning_ThrowsNamingItsState()
    {
        var study = await NewStudyAsync();
        var done = (await Storage.StartTrialAsync(study.Id, null, "w1", At(0), Ct))!;
        await Storage.FinishTrialAsync(done.Id, TrialState.Pruned, null, "pruned at step 3", At(1), Ct);
        var waiting = await Storage.EnqueueTrialAsync(study.Id, new Dictionary<string, double>(), Ct);

        var again = await Assert.ThrowsAsync<Core.UserErrorException>(() =>
            Storage.FinishTrialAsync(done.Id, TrialState.Complete, 0.9, null, At(2), Ct));
        var queued = await Assert.ThrowsAsync<Core.UserErrorException>(() =>
            Storage.FinishTrialAsync(waiting.Id, TrialState.Failed, null, "never ran", At(2), Ct));

        Assert.Contains("pruned", again.Message, StringComparison.Ordinal);
        Assert.Contains("waiting", queued.Message, StringComparison.Ordinal);
        var read = await Storage.ListTrialsAsync(study.Id, Ct);
        Assert.Equal((TrialState.Pruned, "pruned at step 3", TrialState.Waiting), (read[0].State, read[0].Message, read[1].State));
    }

    [Fact]
    public async Task Writes_FinishedTrial_AreRefusedAndChangeNothing()
    {
        var study = await NewStudyAsync();
        var trial = (await Storage.StartTrialAsync(study.Id, null, "w1", At(0), Ct))!;
        await Storage.SetParametersAsync(trial.Id, new Dictionary<string, double> { ["lr"] = 0.1 }, Ct);
        await Storage.ReportAsync(trial.Id, 1, 0.7, Ct);
        await Storage.FinishTrialAsync(trial.Id, TrialState.Complete, 0.8, null, At(1), Ct);

        await Assert.ThrowsAsync<Core.UserErrorException>(() => Storage.ReportAsync(trial.Id, 1, 0.9, Ct));
        await Assert.ThrowsAsync<Core.UserErrorException>(() =>
            Storage.SetParametersAsync(trial.Id, new Dictionary<string, double> { ["lr"] = 0.2 }, Ct));

        var read = Assert.Single(await Storage.ListTrialsAsync(study.Id, Ct));
        Assert.Equal((0.1, 0.7, 0.8), (read.Parameters["lr"], read.IntermediateValues[1], read.Value));
    }

    [Fact]
    public async Task FinishTrialAsync_CompleteWithoutFiniteValue_Throws()
    {
        var study = await NewStudyAsync();
        var trial = (await Storage.StartTrialAsync(study.Id, null, "w1", At(0), Ct))!;

        await Assert.ThrowsAsync<Core.UserErrorException>(() => Storage.FinishTrialAsync(trial.Id, TrialState.Complete, null, null, At(1), Ct));
        await Assert.ThrowsAsync<Core.UserErrorException>(() => Storage.FinishTrialAsync(trial.Id, TrialState.Complete, double.NaN, null, At(1), Ct));
        await Assert.ThrowsAsync<Core.UserErrorException>(() => Storage.FinishTrialAsync(trial.Id, TrialState.Running, null, null, At(1), Ct));

        Assert.Equal(TrialState.Running, Assert.Single(await Storage.ListTrialsAsync(study.Id, Ct)).State);
    }
}
