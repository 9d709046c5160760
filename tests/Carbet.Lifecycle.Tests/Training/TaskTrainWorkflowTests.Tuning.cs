using System.Text.Json;

using Carbet.Lifecycle.Tuning;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tasks;
using Carbet.Tuning.Storage;

namespace Carbet.Lifecycle.Tests.Training;

public static class TaskTuningChecks
{
    /// <summary>LightGBM, compared in both projects, was tuned on the leaderboard's folds: defaults first, the study's best
    /// score is the tuned entry's cross-validated score, and the study, the run and the reports record it.</summary>
    public static async Task TunedTheBestFamilyAsync(TaskProject trained, string metric, bool higherIsBetter)
    {
        var ct = TestContext.Current.CancellationToken;
        var summary = trained.Summary;
        var tuning = Assert.IsType<TuningOutcome>(summary.Tuning);
        var study = (await trained.Store.Studies.FindStudyAsync(tuning.Study, ct))!;
        var trials = await trained.Store.Studies.ListTrialsAsync(study.Id, ct);
        var family = TaskFamilies.Get(summary.Task, tuning.Family);

        Assert.Equal((metric, higherIsBetter, "lightgbm"), (tuning.Metric, tuning.HigherIsBetter, tuning.Family));
        Assert.Equal(higherIsBetter ? StudyDirection.Maximize : StudyDirection.Minimize, study.Direction);
        Assert.Equal(TaskProject.TuningTrials, trials.Length);
        Assert.All(trials, t => Assert.NotEqual(TrialState.Running, t.State));
        Assert.Equal(HyperParameters.Default(family.Space).Values, trials[0].Parameters);
        var values = trials.Where(t => t.State == TrialState.Complete).Select(t => t.Value!.Value).ToList();
        Assert.Equal(higherIsBetter ? values.Max() : values.Min(), tuning.BestValue, 12);
        var tuned = Assert.Single(summary.Leaderboard, e => e.Tuned);
        Assert.Equal((tuning.Family, $"{tuning.Family} (tuned)"), (tuned.Family, tuned.Label));
        // the tuned entry is cross-validated again on the same folds and seeds: the study's best score exactly
        Assert.Equal(tuning.BestValue, tuned.CvMean, 9);

        var run = (await trained.Store.Runs.GetAsync(summary.RunId, ct))!;
        Assert.Equal(tuning.Study, run.Params["tuning.study"]);
        Assert.Contains(run.Params.Keys, k => k.StartsWith("tuned.hp.", StringComparison.Ordinal));
        Assert.Equal(tuning.BestValue, run.LatestMetrics[$"tuning_best_cv_{tuning.MetricKey}"]);
        Assert.Contains($"best CV {metric}", summary.TuningSentence, StringComparison.Ordinal);
        var html = await TaskArtifacts.ReadAsync(trained.Store, summary.RunId, "reports/train.html", ct);
        Assert.Contains("Hyperparameters of the chosen model", html, StringComparison.Ordinal);
        Assert.Contains($"Cross-validated {metric} by trial", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await TaskArtifacts.ReadAsync(trained.Store, summary.RunId, "reports/train.json", ct));
        var reported = json.RootElement.GetProperty("tuning");
        Assert.Equal(tuning.BestValue, reported.GetProperty("best_cv_value").GetDouble(), 12);
        Assert.Equal(TaskProject.TuningTrials, reported.GetProperty("trials").GetArrayLength());
    }
}

public sealed partial class MulticlassTrainWorkflowTests
{
    [Fact]
    public Task RunAsync_TuningOn_TunesTheBestFamilyOnMacroF1() => TaskTuningChecks.TunedTheBestFamilyAsync(trained, "macro-F1", higherIsBetter: true);
}

public sealed partial class RegressionTrainWorkflowTests
{
    [Fact]
    public Task RunAsync_TuningOn_TunesTheBestFamilyOnRmse() => TaskTuningChecks.TunedTheBestFamilyAsync(trained, "RMSE", higherIsBetter: false);
}
