using Carbet.Core;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Tests.Storage;

public sealed class InMemoryStudyStorageTests
{
    private static readonly Dictionary<string, string> NoAttributes = [];

    [Fact]
    public async Task StartTrialAsync_FourThreadsOf25_ExactlyMaxTrialsWithUniqueNumbers()
    {
        var ct = TestContext.Current.CancellationToken;
        var storage = new InMemoryStudyStorage();
        var study = await storage.OpenStudyAsync("race", StudyDirection.Minimize, NoAttributes, ct);
        var threads = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var started = new List<TrialRecord>();
            for (var i = 0; i < 25; i++)
            {
                if (await storage.StartTrialAsync(study.Id, 60, $"w{w}", DateTimeOffset.UnixEpoch, ct) is { } trial)
                {
                    started.Add(trial);
                    await storage.FinishTrialAsync(trial.Id, TrialState.Complete, i, null, DateTimeOffset.UnixEpoch, ct);
                }
            }
            return started;
        }, ct));
        var all = (await Task.WhenAll(threads)).SelectMany(s => s).ToList();
        Assert.Equal(60, all.Count);
        Assert.Equal(Enumerable.Range(0, 60), all.Select(t => t.Number).Order());
        Assert.Equal(60, (await storage.ListTrialsAsync(study.Id, ct)).Length);
    }

    [Fact]
    public async Task StartTrialAsync_WaitingTrial_ClaimedFirstWithItsParameters()
    {
        var ct = TestContext.Current.CancellationToken;
        var storage = new InMemoryStudyStorage();
        var study = await storage.OpenStudyAsync("q", StudyDirection.Minimize, NoAttributes, ct);
        var queued = await storage.EnqueueTrialAsync(study.Id, new Dictionary<string, double> { ["x"] = 1.5 }, ct);
        var started = await storage.StartTrialAsync(study.Id, null, "w", DateTimeOffset.UnixEpoch, ct);
        Assert.Equal((queued.Id, TrialState.Running, 1.5), (started!.Id, started.State, started.Parameters["x"]));
    }

    [Fact]
    public async Task OpenStudyAsync_OtherDirection_Refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var storage = new InMemoryStudyStorage();
        await storage.OpenStudyAsync("d", StudyDirection.Minimize, NoAttributes, ct);
        await Assert.ThrowsAsync<UserErrorException>(() => storage.OpenStudyAsync("d", StudyDirection.Maximize, NoAttributes, ct));
    }

    [Fact]
    public async Task ReportAsync_UnknownTrial_Refused()
    {
        var storage = new InMemoryStudyStorage();
        await Assert.ThrowsAsync<UserErrorException>(() => storage.ReportAsync("nope", 0, 1, TestContext.Current.CancellationToken));
    }
}
