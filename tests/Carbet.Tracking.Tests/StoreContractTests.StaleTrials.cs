using Carbet.Tracking.Storage;
using Carbet.Tuning.Storage;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task FailStaleTrialsAsync_TrialCompletedWhileFailing_KeepsTheCompletion()
    {
        var study = await Store.Studies.OpenStudyAsync(UniqueName("stale"), StudyDirection.Maximize, new Dictionary<string, string>(), Ct);
        var started = Clock.GetUtcNow();
        var trial = (await Store.Studies.StartTrialAsync(study.Id, null, "w1", started, Ct))!;
        await using var finisher = ((EfStore)Store).Engine.CreateContext();
        await using var finishing = await finisher.Database.BeginTransactionAsync(Ct);
        // the finish holds the row (and on SQLite the write lock) until it commits, after the stale trial was found
        await finisher.Database.ExecuteSqlRawAsync("UPDATE trials SET state = 'complete', value = 0.9 WHERE uuid = {0}", [trial.Id], Ct);

        var failing = Task.Run(() => Store.Studies.FailStaleTrialsAsync(study.Id, started.AddHours(1), started.AddHours(1), Ct), Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        await finishing.CommitAsync(Ct);

        Assert.Empty(await failing);
        var read = Assert.Single(await Store.Studies.ListTrialsAsync(study.Id, Ct));
        Assert.Equal((TrialState.Complete, 0.9, null), (read.State, read.Value, read.Message));
    }
}
