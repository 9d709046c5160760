using Carbet.Tuning.Storage;

namespace Carbet.Lifecycle.Tests.Training;

public sealed partial class TrainWorkflowTests
{
    [Fact]
    public async Task RunAsync_TuningOn_StudyOfLightGbmWithItsDefaultsFirst()
    {
        var tuning = Assert.IsType<Carbet.Lifecycle.Tuning.TuningOutcome>(Summary.Tuning);
        var ct = TestContext.Current.CancellationToken;

        var study = await trained.Store.Studies.FindStudyAsync(tuning.Study, ct);
        var trials = await trained.Store.Studies.ListTrialsAsync(study!.Id, ct);

        Assert.Equal(6, trials.Length);
        Assert.Equal(Carbet.Lifecycle.Training.TuningStage.PreferredFamily, tuning.Family);   // compared, so tuned whatever its rank at its defaults
        Assert.All(trials, t => Assert.NotEqual(TrialState.Running, t.State));
        var family = Carbet.Modeling.Families.ModelFamilies.Get(tuning.Family);
        Assert.Equal(Carbet.Modeling.Families.HyperParameters.Default(family.Space).Values, trials[0].Parameters);
        // then the family's portfolio, completed with defaults, before the sampler proposes anything
        var portfolio = family.Portfolio.Select(p => Carbet.Modeling.Families.FamilyTrainer.Complete(family, p).Values).ToList();
        Assert.Equal(portfolio, trials.Skip(1).Take(portfolio.Count).Select(t => t.Parameters));
        Assert.Equal(trials.Where(t => t.Value is not null).Max(t => t.Value!.Value), tuning.BestValue, 9);
        Assert.Single(Summary.Leaderboard, e => e.Tuned && e.Family == tuning.Family);
    }

    [Fact]
    public async Task RunAsync_TuningOn_StudyOnItsOwnFoldsAndTheTunedEntryOnTheLeaderboards()
    {
        var tuning = Summary.Tuning!;
        var run = await RunOfAsync(Summary.RunId);
        var tuned = Summary.Leaderboard.Single(e => e.Tuned);
        var child = await RunOfAsync(tuned.RunId);

        Assert.Equal("3", run.Params["tuning.folds"]);
        Assert.Equal("2", run.Params["tuning.parallel_trials"]);
        Assert.Equal("4", child.Params["cv.folds"]);
        // re-scored on the leaderboard's 4 folds, so it may differ from the study's 3-fold best, but not from the defaults' side
        var page = await trained.Store.Runs.SearchAsync(new Carbet.Tracking.Runs.RunQuery { Experiment = "credit-risk", Take = 100 }, TestContext.Current.CancellationToken);
        var defaults = Assert.Single(page.Runs, r => r.ParentRunId == Summary.RunId && r.Name == tuning.Family);
        Assert.True(tuned.CvAucMean >= defaults.LatestMetrics["cv_auc_mean"], $"tuned {tuned.CvAucMean} below the defaults' {defaults.LatestMetrics["cv_auc_mean"]}");
    }

    [Fact]
    public async Task RunAsync_TuningOn_RecordsSettingsTrialCurveAndChosenValues()
    {
        var tuning = Summary.Tuning!;
        var run = await RunOfAsync(Summary.RunId);
        var history = await trained.Store.Runs.GetMetricHistoryAsync(Summary.RunId, "tuning_best_value", TestContext.Current.CancellationToken);

        Assert.Equal(tuning.Study, run.Params["tuning.study"]);
        Assert.Equal("tpe", run.Params["tuning.sampler"]);
        Assert.Contains(run.Params.Keys, k => k.StartsWith("tuned.hp.", StringComparison.Ordinal));
        Assert.Equal(history.OrderBy(p => p.Step).Select(p => p.Value), history.OrderBy(p => p.Step).Select(p => p.Value).Order());
        Assert.Contains(TuningMarker, Summary.TuningSentence, StringComparison.Ordinal);
    }

    private const string TuningMarker = "6 trials";
}
