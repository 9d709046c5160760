using Carbet.Core;
using Carbet.Tracking.Datasets;
using Carbet.Tracking.Registry;
using Carbet.Tracking.Runs;
using Carbet.Tracking.Storage;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task RegisterVersionAsync_TwoVersions_NumberedAndListedNewestFirst()
    {
        var model = UniqueName("credit");
        var run = await StartRunWithModelAsync();
        var data = await Store.Datasets.RegisterVersionAsync(new NewDatasetVersion(UniqueName("loans"), Hash('e'), Signature, 5), Ct);
        var artifact = Assert.Single(await Store.Runs.ListArtifactsAsync(run.Id, Ct));

        var first = await Store.Models.RegisterVersionAsync(NewVersion(model, run) with { DatasetVersionId = data.Id, Description = "baseline" }, Ct);
        await Store.Runs.EndAsync(run.Id, RunStatus.Finished, Ct);
        var second = await Store.Models.RegisterVersionAsync(NewVersion(model, run), Ct);

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal(artifact.Sha256, first.ArtifactSha256);
        var read = await Store.Models.GetVersionAsync(model, 1, Ct);
        Assert.NotNull(read);
        Assert.Equal((run.Id, data.Id, "model/model.zip", "baseline"), (read.RunId, read.DatasetVersionId, read.ArtifactPath, read.Description));
        Assert.Equal(Signature, read.InputSignature);
        Assert.Equal(0.81, read.Metrics["auc"]);
        Assert.Equal([2, 1], (await Store.Models.ListVersionsAsync(model, Ct)).Select(v => v.Version));
        Assert.Equal(2, (await Store.Models.FindAsync(model, Ct))?.LatestVersion);
        Assert.Contains(await Store.Models.ListAsync(Ct), m => m.Name == model);
    }

    [Fact]
    public async Task RegisterVersionAsync_ArtifactNotInRun_ThrowsUserError()
    {
        var run = await StartRunWithModelAsync();

        var error = await Assert.ThrowsAsync<UserErrorException>(() =>
            Store.Models.RegisterVersionAsync(NewVersion(UniqueName("credit"), run, "model/other.zip"), Ct));

        Assert.Contains("model/other.zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterVersionAsync_UnknownRunOrFailedRun_ThrowsUserError()
    {
        var run = await StartRunWithModelAsync();
        await Assert.ThrowsAsync<UserErrorException>(() =>
            Store.Models.RegisterVersionAsync(new NewModelVersion(UniqueName("credit"), new string('f', 32), "model/model.zip", Signature), Ct));
        await Store.Runs.EndAsync(run.Id, RunStatus.Failed, Ct);

        await Assert.ThrowsAsync<UserErrorException>(() => Store.Models.RegisterVersionAsync(NewVersion(UniqueName("credit"), run), Ct));
    }

    [Fact]
    public async Task RegisterVersionAsync_ConcurrentRegistrations_GetDistinctNumbers()
    {
        var model = UniqueName("credit");
        var run = await StartRunWithModelAsync();

        var versions = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Store.Models.RegisterVersionAsync(NewVersion(model, run), Ct), Ct)));

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], versions.Select(v => v.Version).Order());
    }

    [Fact]
    public async Task RegisterVersionAsync_FailureAfterVersionRowWritten_LeavesNoHalfRegisteredVersion()
    {
        var model = UniqueName("credit");
        var run = await StartRunWithModelAsync();
        var failing = new FailAfterInsertInterceptor("model_versions");
        await using (var broken = await StoreFactory.OpenAsync(Options, new StoreHooks { Interceptors = [failing] }, Ct))
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => broken.Models.RegisterVersionAsync(NewVersion(model, run), Ct));
            Assert.True(FailAfterInsertInterceptor.IsInjected(error), error.ToString());
        }

        Assert.True(failing.Fired);
        Assert.Null(await Store.Models.FindAsync(model, Ct));
        Assert.Empty(await Store.Models.ListVersionsAsync(model, Ct));
        Assert.Null(await Store.Models.ResolveAsync(model, "champion", Ct));
        Assert.Equal(1, (await Store.Models.RegisterVersionAsync(NewVersion(model, run), Ct)).Version);
    }

    [Fact]
    public async Task CompareAsync_TwoVersions_SideBySideWithUnionOfMetricKeys()
    {
        var model = UniqueName("credit");
        var run = await StartRunWithModelAsync();
        await Store.Models.RegisterVersionAsync(NewVersion(model, run), Ct);
        await Store.Models.RegisterVersionAsync(NewVersion(model, run) with { Metrics = NewVersion(model, run).Metrics.Add("brier", 0.1) }, Ct);

        var comparison = await Store.Models.CompareAsync(model, [2, 1], Ct);

        Assert.Equal([2, 1], comparison.Versions.Select(v => v.Version));
        Assert.Equal(["auc", "brier"], comparison.MetricKeys);
    }

    [Fact]
    public async Task CompareAsync_UnknownVersionOrModel_ThrowsUserError()
    {
        var model = UniqueName("credit");
        await Store.Models.RegisterVersionAsync(NewVersion(model, await StartRunWithModelAsync()), Ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Models.CompareAsync(model, [1, 7], Ct));
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Models.CompareAsync("no-such-model", [1], Ct));

        Assert.Contains("7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetVersionAsync_UnknownModelOrVersion_ReturnsNull()
    {
        var model = UniqueName("credit");
        await Store.Models.RegisterVersionAsync(NewVersion(model, await StartRunWithModelAsync()), Ct);

        Assert.Null(await Store.Models.GetVersionAsync(model, 2, Ct));
        Assert.Null(await Store.Models.GetVersionAsync("no-such-model", 1, Ct));
        Assert.Null(await Store.Models.FindAsync("no-such-model", Ct));
        Assert.Empty(await Store.Models.ListVersionsAsync("no-such-model", Ct));
    }
}
