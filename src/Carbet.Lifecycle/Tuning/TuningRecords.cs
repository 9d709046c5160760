using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using Carbet.Core;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Curves;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tasks;
using Carbet.Modeling.Training;
using Carbet.Tracking.Runs;
using Carbet.Tuning.Storage;

namespace Carbet.Lifecycle.Tuning;

/// <summary>How a tuning study is named and recorded in a run: settings as params, one metric point per trial, the
/// importances, the best values, and the trials as a TensorBoard file.</summary>
internal static class TuningRecords
{
    /// <summary>The default study name: the project and family, plus a digest of everything that defines the objective
    /// (the dataset's content hash, inputs, folds, features, seed), so <c>carbet tune</c> and <c>carbet train</c> share a study exactly
    /// when they optimise the same thing, and the same data in another store gets the same study name, hence the same trials.</summary>
    public static string StudyName(ProjectFile project, IModelFamily family, string datasetContentHash, BinaryTrainingRequest request, int folds, int seed) =>
        StudyName(project, family.Name, datasetContentHash, request.NumericFeatures, request.CategoricalFeatures, request.DateFeatures, request.TimeColumn, folds, seed, "");

    /// <summary>As above for a multiclass or regression family; the task is part of the digest.</summary>
    public static string StudyName(ProjectFile project, ITaskFamily family, string datasetContentHash, TaskTrainingRequest request, int folds, int seed) =>
        StudyName(project, family.Name, datasetContentHash, request.NumericFeatures, request.CategoricalFeatures, request.DateFeatures, request.TimeColumn, folds, seed,
            "|" + request.Task.ToString().ToLowerInvariant());

    private static string StudyName(ProjectFile project, string family, string datasetContentHash, IEnumerable<string> numeric, IEnumerable<string> categorical,
        IEnumerable<string> dates, string? time, int folds, int seed, string task)
    {
        var identity = string.Join("|", datasetContentHash, string.Join(",", numeric), string.Join(",", categorical),
            string.Join(",", dates), time ?? "", folds.ToString(CultureInfo.InvariantCulture), seed.ToString(CultureInfo.InvariantCulture),
            System.Text.Json.JsonSerializer.Serialize(project.Features)) + task;
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..10];
        return $"{project.Name}/{family}/{digest}";
    }

    public static Dictionary<string, string> Settings(string study, string family, TuningSection settings) => new()
    {
        ["tuning.study"] = study,
        ["tuning.family"] = family,
        ["tuning.sampler"] = settings.Sampler,
        ["tuning.pruner"] = settings.Pruner,
        ["tuning.max_trials"] = settings.Trials.ToString(CultureInfo.InvariantCulture),
        ["tuning.timeout_seconds"] = settings.Timeout.TotalSeconds.ToString("R", CultureInfo.InvariantCulture),
        ["tuning.folds"] = settings.Folds.ToString(CultureInfo.InvariantCulture),
        ["tuning.parallel_trials"] = settings.ParallelTrials.ToString(CultureInfo.InvariantCulture),
    };

    public static async Task LogAsync(RecordedRun run, TuningOutcome outcome, CarbetContext context, CancellationToken ct)
    {
        var parameters = outcome.Space.Parameters.ToDictionary(p => "tuned.hp." + p.Name, p => Describe(p, outcome.Best.Get(p)));
        parameters["tuning.trials_in_study"] = outcome.Trials.Length.ToString(CultureInfo.InvariantCulture);
        parameters["tuning.trials_run_here"] = outcome.Run.TrialsRun.ToString(CultureInfo.InvariantCulture);
        parameters["tuning.stop_reason"] = outcome.Run.Reason.ToString().ToLowerInvariant();
        await run.LogParamsAsync(parameters, ct);

        var now = context.Now;
        var points = new List<MetricPoint>();
        var best = outcome.HigherIsBetter ? double.NegativeInfinity : double.PositiveInfinity;
        foreach (var trial in outcome.Trials.Where(t => t.State == TrialState.Complete && t.Value is not null))
        {
            best = outcome.HigherIsBetter ? Math.Max(best, trial.Value!.Value) : Math.Min(best, trial.Value!.Value);
            points.Add(new MetricPoint("tuning_value", trial.Value.Value, trial.Number, now));
            points.Add(new MetricPoint("tuning_best_value", best, trial.Number, now));
        }
        points.Add(new MetricPoint($"tuning_best_cv_{outcome.MetricKey}", outcome.BestValue, 0, now));
        points.Add(new MetricPoint("tuning_trials_complete", outcome.Trials.Count(t => t.State == TrialState.Complete), 0, now));
        points.Add(new MetricPoint("tuning_trials_pruned", outcome.Trials.Count(t => t.State == TrialState.Pruned), 0, now));
        points.Add(new MetricPoint("tuning_trials_failed", outcome.Trials.Count(t => t.State == TrialState.Failed), 0, now));
        points.AddRange(outcome.Importance.Select(i => new MetricPoint($"tuning_importance.{i.Name}", i.Importance, 0, now)));
        await run.LogMetricPointsAsync(points, ct);
        await TensorBoardArtifacts.LogAsync(run, "tuning", Curves(outcome), context, ct);
    }

    public static ImmutableArray<TrainingCurve> Curves(TuningOutcome outcome)
    {
        var values = new TrainingCurve(CurveNames.TuningValue, [.. outcome.Trials
            .Where(t => t.State == TrialState.Complete && t.Value is not null).Select(t => new CurvePoint(t.Number, t.Value!.Value))]);
        return [values, TrainingCurve.RunningBest(CurveNames.TuningBestValue, values, outcome.HigherIsBetter)];
    }

    public static string Describe(HyperParameter parameter, double value) =>
        parameter.Kind == HyperParameterKind.Categorical && (int)value < parameter.Choices.Length
            ? parameter.Choices[(int)value]
            : value.ToString("R", CultureInfo.InvariantCulture);
}
