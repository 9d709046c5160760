using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Training;
using Carbet.Testing;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Tests.Training;

public sealed class FamilyFailuresTests
{
    [Fact]
    public async Task TryAsync_FamilyThrows_RecordsTheReasonAndGoesOn()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = folder.Path }, ct);

        var (runId, outcome) = await RecordedRun.RecordAsync(store, "p", "train", folder.Path, "train", async run =>
            (run.Id, await FamilyFailures.TryAsync(run, "sdca", () => throw new InvalidOperationException("did not converge"), null, ct)), ct);

        Assert.Null(outcome);
        var run = await store.Runs.GetAsync(runId, ct);
        Assert.Equal("InvalidOperationException: did not converge", run!.Params["failed.sdca"]);
        Assert.Equal(Carbet.Tracking.Runs.RunStatus.Finished, run.Status);
    }

    [Fact]
    public async Task TryAsync_Cancelled_Rethrows()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = folder.Path }, ct);

        await Assert.ThrowsAsync<OperationCanceledException>(() => RecordedRun.RecordAsync(store, "p", "train", folder.Path, "train",
            run => FamilyFailures.TryAsync(run, "sdca", () => throw new OperationCanceledException(), null, ct), ct));
    }
}
