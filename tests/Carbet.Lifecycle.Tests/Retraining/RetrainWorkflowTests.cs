using System.Text.Json;

using Carbet.Lifecycle.Retraining;
using Carbet.Lifecycle.Training;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Tests.Retraining;

public sealed partial class RetrainWorkflowTests(RetrainFixture fixture) : IClassFixture<RetrainFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<RunSnapshot> RunOfAsync(string runId) =>
        await fixture.Store.Runs.GetAsync(runId, Ct) ?? throw new InvalidOperationException(runId);

    [Fact]
    public async Task RunAsync_FromChampion_RegistersAChallengerNamingTheParentAndLeavesChampion()
    {
        var first = fixture.FromChampion;
        Assert.Equal(fixture.Trained.Version, first.ParentVersion);
        Assert.Equal("champion", first.ParentAlias);
        Assert.Null(first.ChallengerWas);
        Assert.Equal(first.Version, fixture.Again.ChallengerWas);
        var version = await fixture.Store.Models.GetVersionAsync(fixture.Project.Name, first.Version, Ct);
        Assert.NotNull(version);
        Assert.Equal(first.RunId, version.RunId);
        Assert.Equal(TrainWorkflow.ModelArtifact, version.ArtifactPath);
        Assert.Contains($"{fixture.Project.Name} v{fixture.Trained.Version} (champion)", version.Description, StringComparison.Ordinal);
        Assert.Equal(first.New.Auc, version.Metrics["test_auc"]);
        var model = await fixture.Store.Models.FindAsync(fixture.Project.Name, Ct);
        Assert.Equal(fixture.Trained.Version, model!.Aliases["champion"]);
        Assert.Equal(fixture.FromRetrain.Version, model.Aliases["challenger"]);
    }

    [Fact]
    public async Task RunAsync_FromChampion_RecordsTheParentTheTransferAndTheWinnersHyperparameters()
    {
        var run = await RunOfAsync(fixture.FromChampion.RunId);
        var trained = await RunOfAsync(fixture.Trained.RunId);
        Assert.Equal("retrain", run.Name);
        Assert.Equal(fixture.Project.Name, run.Experiment);
        Assert.Equal(RunStatus.Finished, run.Status);
        Assert.Equal("1", run.Params["parent.version"]);
        Assert.Equal(fixture.Trained.RunId, run.Params["parent.run_id"]);
        Assert.Equal("logistic", run.Params["family"]);
        Assert.Equal(TransferMethod.WarmStart, run.Params["transfer.method"]);
        Assert.Equal("logistic", trained.Params["tuning.family"]);
        var tuned = trained.Params.Where(p => p.Key.StartsWith("tuned.hp.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tuned);
        foreach (var (key, value) in tuned)
            Assert.Equal(value, run.Params[key["tuned.".Length..]]);
        Assert.Equal(trained.Params["features.numeric"], run.Params["features.numeric"]);
    }

    [Fact]
    public async Task RunAsync_FromChampion_ScoresTheParentOnTheTestRowsTrainScoredItOn()
    {
        var run = await RunOfAsync(fixture.FromChampion.RunId);
        // same dataset version and seed, so the same test rows: the parent scores as it did when it was trained
        Assert.Equal(fixture.Trained.Winner.TestAuc, run.LatestMetrics["parent_test_auc"], 12);
        Assert.Equal(fixture.Trained.TestRows, fixture.FromChampion.TestRows);
        foreach (var key in new[] { "test_auc", "test_auc_ci_lower", "test_auc_ci_upper", "cv_auc_mean", "paired_auc_difference", "paired_p_value", "decision_threshold" })
            Assert.True(run.LatestMetrics.ContainsKey(key), key);
        Assert.Equal(run.LatestMetrics["test_auc"] - run.LatestMetrics["parent_test_auc"], run.LatestMetrics["paired_auc_difference"], 9);
    }

    [Fact]
    public async Task RunAsync_FromChampion_LogsTheModelAndAReportComparingParentAndNew()
    {
        var artifacts = await fixture.Store.Runs.ListArtifactsAsync(fixture.FromChampion.RunId, Ct);
        Assert.Contains(artifacts, a => a.Path == TrainWorkflow.ModelArtifact);
        Assert.Contains(artifacts, a => a.Path == "reports/retrain.html");
        var json = artifacts.Single(a => a.Path == "reports/retrain.json");
        using var document = await JsonDocument.ParseAsync(fixture.Store.Artifacts.OpenRead(json.Sha256), cancellationToken: Ct);
        var root = document.RootElement;
        Assert.Equal(fixture.Trained.Version, root.GetProperty("parent").GetProperty("version").GetInt32());
        Assert.Equal(fixture.FromChampion.Parent.Auc, root.GetProperty("test").GetProperty("parent").GetProperty("auc").GetDouble());
        Assert.Equal(fixture.FromChampion.New.Auc, root.GetProperty("test").GetProperty("new").GetProperty("auc").GetDouble());
        Assert.Equal(TransferMethod.WarmStart, root.GetProperty("transfer").GetProperty("method").GetString());
        Assert.Contains("DeLong paired test", root.GetProperty("pairedSentence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RunAsync_SameParentAndData_SameModelMetrics()
    {
        var (first, again) = (fixture.FromChampion, fixture.Again);
        Assert.Null(again.ParentAlias);
        Assert.Equal(first.New, again.New);
        Assert.Equal(first.CvAucMean, again.CvAucMean);
        Assert.Equal(first.Paired, again.Paired);
    }

    [Fact]
    public async Task RunAsync_FromARetrainedVersion_ReadsTheFamilyAndValuesOfItsRetrainRun()
    {
        var last = fixture.FromRetrain;
        Assert.Equal(fixture.Again.Version, last.ParentVersion);
        Assert.Equal("challenger", last.ParentAlias);
        Assert.Equal("logistic", last.Family);
        Assert.Equal(fixture.FromChampion.Hyperparameters, last.Hyperparameters);
        var run = await RunOfAsync(last.RunId);
        Assert.Equal(fixture.Again.RunId, run.Params["parent.run_id"]);
    }
}
