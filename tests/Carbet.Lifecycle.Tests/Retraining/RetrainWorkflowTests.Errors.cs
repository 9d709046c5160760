using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Retraining;
using Carbet.Tracking.Registry;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Tests.Retraining;

public sealed partial class RetrainWorkflowTests
{
    private Task<UserErrorException> RetrainFailsAsync(RetrainOptions options, ProjectFile? project = null) =>
        Assert.ThrowsAsync<UserErrorException>(() => new RetrainWorkflow(fixture.Store, fixture.Context).RunAsync(project ?? fixture.Project, options with { Folds = 3 }, null, Ct));

    [Fact]
    public async Task RunAsync_UnknownModel_SaysWhichModelsExist()
    {
        var error = await RetrainFailsAsync(new RetrainOptions { Model = "no-such-model" });
        Assert.Contains("no model 'no-such-model'", error.Message, StringComparison.Ordinal);
        Assert.Contains(fixture.Project.Name, error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AliasNeverSet_SaysHowToSetIt()
    {
        var error = await RetrainFailsAsync(new RetrainOptions { From = "staging" });
        Assert.Contains("no alias 'staging'", error.Message, StringComparison.Ordinal);
        Assert.Contains("champion (v1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("carbet models alias set", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_VersionNotRegistered_ListsTheVersions()
    {
        var error = await RetrainFailsAsync(new RetrainOptions { From = "99" });
        Assert.Contains("has no version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("1, 2", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PositiveClassChanged_NamesDataPositive()
    {
        var flipped = fixture.Project with { Data = fixture.Project.Data with { Positive = "0" } };
        var error = await RetrainFailsAsync(new RetrainOptions(), flipped);
        Assert.Contains("positive class", error.Message, StringComparison.Ordinal);
        Assert.Contains("data.positive", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ParentInputNowExcluded_NamesTheColumn()
    {
        var excluded = fixture.Project with { Data = fixture.Project.Data with { Exclude = [.. fixture.Project.Data.Exclude, "monthly_income"] } };
        var error = await RetrainFailsAsync(new RetrainOptions(), excluded);
        Assert.Contains("'monthly_income'", error.Message, StringComparison.Ordinal);
        Assert.Contains("excluded (data.exclude)", error.Message, StringComparison.Ordinal);
        Assert.Contains("data.exclude", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ParentRunRecordsNoFamily_SaysWhatIsMissing()
    {
        var model = await RegisterByHandAsync(new Dictionary<string, string> { ["data.target"] = "default_12m" }, drop: null);
        var error = await RetrainFailsAsync(new RetrainOptions { Model = model, From = "1" });
        Assert.Contains("records no model family", error.Message, StringComparison.Ordinal);
        Assert.Contains("carbet train", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NewDataHasAnInputTheParentLacked_NamesTheColumn()
    {
        var model = await RegisterByHandAsync(new Dictionary<string, string> { ["family"] = "baseline" }, drop: "loan_amount");
        var error = await RetrainFailsAsync(new RetrainOptions { Model = model, From = "1" });
        Assert.Contains("'loan_amount' is an input column of the newest prepared data", error.Message, StringComparison.Ordinal);
        Assert.Contains("data.exclude", error.Fix, StringComparison.Ordinal);
    }

    // a version of a model of its own, from a run with only the given params, reading version 1's inputs but the dropped one
    private async Task<string> RegisterByHandAsync(Dictionary<string, string> parameters, string? drop)
    {
        var store = fixture.Store;
        var parent = await store.Models.GetVersionAsync(fixture.Project.Name, 1, Ct) ?? throw new InvalidOperationException("no v1");
        var run = await store.Runs.StartAsync(new NewRun(fixture.Project.Name, "by hand"), Ct);
        await store.Runs.LogParamsAsync(run.Id, parameters, Ct);
        await using (var file = store.Artifacts.OpenRead(parent.ArtifactSha256))
            await store.Runs.LogArtifactAsync(run.Id, "model/model.zip", file, Ct);
        await store.Runs.EndAsync(run.Id, RunStatus.Finished, Ct);
        var model = "by-hand-" + run.Id[..8];
        var signature = new TableSchema([.. parent.InputSignature.Columns.Where(c => c.Name != drop)]);
        await store.Models.RegisterVersionAsync(new NewModelVersion(model, run.Id, "model/model.zip", signature), Ct);
        return model;
    }
}
