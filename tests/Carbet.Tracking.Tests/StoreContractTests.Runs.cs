using Carbet.Core;
using Carbet.Tracking.Runs;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task StartAsync_NewRun_IsRunningInItsExperiment()
    {
        var experiment = UniqueName("exp");
        var started = await Store.Runs.StartAsync(new NewRun(experiment, "baseline")
        {
            GitCommit = "abc123",
            Tags = System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty.Add("family", "lightgbm"),
        }, Ct);

        var run = await Store.Runs.GetAsync(started.Id, Ct);

        Assert.NotNull(run);
        Assert.Matches("^[0-9a-f]{32}$", run.Id);
        Assert.Equal((experiment, "baseline", RunStatus.Running, "abc123"), (run.Experiment, run.Name, run.Status, run.GitCommit));
        Assert.Equal(started.StartedAt, run.StartedAt);
        Assert.Null(run.EndedAt);
        Assert.Equal("lightgbm", run.Tags["family"]);
        Assert.Contains(await Store.Runs.ListExperimentsAsync(Ct), e => e.Name == experiment);
    }

    [Fact]
    public async Task GetOrCreateExperimentAsync_SameNameTwice_ReturnsSameExperiment()
    {
        var name = UniqueName("exp");

        var first = await Store.Runs.GetOrCreateExperimentAsync(name, Ct);
        var second = await Store.Runs.GetOrCreateExperimentAsync(name, Ct);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task StartAsync_WithParent_RecordsParent()
    {
        var parent = await StartRunAsync(UniqueName("exp"), "study");

        var child = await Store.Runs.StartAsync(new NewRun(parent.Experiment, "fold-1") { ParentRunId = parent.Id[..8] }, Ct);

        Assert.Equal(parent.Id, child.ParentRunId);
        Assert.Equal(parent.Id, (await Store.Runs.GetAsync(child.Id, Ct))!.ParentRunId);
    }

    [Fact]
    public async Task StartAsync_UnknownParent_ThrowsUserError()
    {
        var error = await Assert.ThrowsAsync<UserErrorException>(() =>
            Store.Runs.StartAsync(new NewRun(UniqueName("exp"), "child") { ParentRunId = new string('0', 32) }, Ct));

        Assert.Contains(new string('0', 32), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndAsync_RunningRun_SetsStatusAndEndTime()
    {
        var run = await StartRunAsync(UniqueName("exp"));

        var ended = await Store.Runs.EndAsync(run.Id, RunStatus.Finished, Ct);

        Assert.Equal(RunStatus.Finished, ended.Status);
        Assert.True(ended.EndedAt > run.StartedAt);
        Assert.Equal(ended.EndedAt, (await Store.Runs.GetAsync(run.Id, Ct))!.EndedAt);
    }

    [Fact]
    public async Task EndAsync_EndedRun_ThrowsUserError()
    {
        var run = await StartRunAsync(UniqueName("exp"));
        await Store.Runs.EndAsync(run.Id, RunStatus.Failed, Ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.EndAsync(run.Id, RunStatus.Finished, Ct));

        Assert.Contains("failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogParamsAsync_SameValueAgain_IsAccepted()
    {
        var run = await StartRunAsync(UniqueName("exp"));
        await Store.Runs.LogParamsAsync(run.Id, new Dictionary<string, string> { ["lr"] = "0.1", ["depth"] = "6" }, Ct);

        await Store.Runs.LogParamsAsync(run.Id, new Dictionary<string, string> { ["lr"] = "0.1", ["seed"] = "7" }, Ct);

        var read = await Store.Runs.GetAsync(run.Id, Ct);
        Assert.Equal(["depth", "lr", "seed"], read!.Params.Keys);
        Assert.Equal("0.1", read.Params["lr"]);
    }

    [Fact]
    public async Task LogParamsAsync_DifferentValue_ThrowsUserErrorAndKeepsFirst()
    {
        var run = await StartRunAsync(UniqueName("exp"));
        await Store.Runs.LogParamsAsync(run.Id, new Dictionary<string, string> { ["lr"] = "0.1" }, Ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() =>
            Store.Runs.LogParamsAsync(run.Id, new Dictionary<string, string> { ["lr"] = "0.2", ["other"] = "x" }, Ct));

        Assert.Contains("'lr'", error.Message, StringComparison.Ordinal);
        var read = await Store.Runs.GetAsync(run.Id, Ct);
        Assert.Equal("0.1", read!.Params["lr"]);
        Assert.False(read.Params.ContainsKey("other"));
    }

    [Fact]
    public async Task SetTagsAsync_ExistingKey_ReplacesValue()
    {
        var run = await StartRunAsync(UniqueName("exp"));
        await Store.Runs.SetTagsAsync(run.Id, new Dictionary<string, string> { ["stage"] = "draft" }, Ct);

        await Store.Runs.SetTagsAsync(run.Id, new Dictionary<string, string> { ["stage"] = "reviewed", ["owner"] = "ana" }, Ct);

        var read = await Store.Runs.GetAsync(run.Id, Ct);
        Assert.Equal("reviewed", read!.Tags["stage"]);
        Assert.Equal("ana", read.Tags["owner"]);
    }

    [Fact]
    public async Task LogAsync_EndedRun_ThrowsUserError()
    {
        var run = await StartRunAsync(UniqueName("exp"));
        await Store.Runs.EndAsync(run.Id, RunStatus.Finished, Ct);

        await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.LogMetricsAsync(run.Id, [Point("auc", 0.8, 0)], Ct));
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.LogParamsAsync(run.Id, new Dictionary<string, string> { ["a"] = "1" }, Ct));
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.LogArtifactAsync(run.Id, "late.txt", Bytes("x"), Ct));
        Assert.Empty((await Store.Runs.GetAsync(run.Id, Ct))!.LatestMetrics);
    }

    [Fact]
    public async Task LogAsync_UnknownRun_ThrowsUserError()
    {
        var unknown = new string('e', 32);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.LogMetricsAsync(unknown, [Point("auc", 0.8, 0)], Ct));
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.LogParamsAsync(unknown, new Dictionary<string, string> { ["a"] = "1" }, Ct));
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.SetTagsAsync(unknown, new Dictionary<string, string> { ["a"] = "1" }, Ct));
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.EndAsync(unknown, RunStatus.Finished, Ct));

        Assert.Contains(unknown, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public async Task GetAsync_UniquePrefix_FindsRun()
    {
        var run = await StartRunAsync(UniqueName("exp"));

        Assert.Equal(run.Id, (await Store.Runs.GetAsync(run.Id[..6], Ct))?.Id);
        Assert.Equal(run.Id, (await Store.Runs.GetAsync(run.Id.ToUpperInvariant(), Ct))?.Id);
    }

    [Theory]
    [InlineData("00000000000000000000000000000000")]
    [InlineData("abc")]
    [InlineData("not-a-run-id")]
    public async Task GetAsync_UnknownOrShortId_ReturnsNull(string id)
    {
        await StartRunAsync(UniqueName("exp"));

        Assert.Null(await Store.Runs.GetAsync(id, Ct));
    }
}
