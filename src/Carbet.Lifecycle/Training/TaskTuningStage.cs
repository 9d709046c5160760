using Carbet.Core;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Tuning;
using Carbet.Modeling.Tasks;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Training;

/// <summary>The tuning step of <c>carbet train</c> for multiclass and regression: as <see cref="TuningStage"/> for binary
/// tasks, one family (LightGBM when compared) is tuned on the same folds, and its tuned configuration then stands for
/// it on the leaderboard.</summary>
internal sealed class TaskTuningStage(IStore store, CarbetContext context, TaskFamilyStep step)
{
    /// <summary>As for binary tasks: LightGBM when it is compared, else the best outcome by the selection rule among families
    /// with hyperparameters, or null.</summary>
    public static TaskOutcome? Candidate(TaskKind task, IReadOnlyList<TaskOutcome> outcomes) =>
        outcomes.FirstOrDefault(o => o.Family == TuningStage.PreferredFamily)
        ?? TaskSelectionRule.Rank(task, outcomes).FirstOrDefault(o => !TaskFamilies.Get(task, o.Family).Space.Parameters.IsEmpty);

    public async Task<TaskOutcome> RunAsync(RecordedRun run, ProjectFile project, string datasetContentHash, TaskTrainingRequest request, int folds,
        TuningSection settings, TaskOutcome candidate, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        var family = TaskFamilies.Get(request.Task, candidate.Family);
        var study = TuningRecords.StudyName(project, family, datasetContentHash, request, settings.Folds, context.Seed);
        await run.LogParamsAsync(TuningRecords.Settings(study, family.Name, settings), ct);
        progress?.Report(new($"Tuning {family.Name}: up to {settings.Trials} trials or {settings.Timeout}, {settings.Folds}-fold CV, study {study}", 0.7));
        var objective = TaskTuningObjective.Of(context, request, family, settings.Folds);
        var outcome = await new FamilyTuner(context, objective, settings).TuneAsync(store.Studies, study, TaskTuningObjective.Tuned(family), Workers.Id, progress, ct);
        await TuningRecords.LogAsync(run, outcome, context, ct);
        progress?.Report(new($"Cross-validating the tuned {family.Name} on the leaderboard's {folds} folds and fitting it on every training row", 0.9));
        var tuned = await step.RunAsync(run, family, outcome.Best, $"{family.Name} (tuned)", ct) with { Tuning = outcome };
        var better = request.Task == TaskKind.Regression ? tuned.CvMean <= candidate.CvMean : tuned.CvMean >= candidate.CvMean;
        if (better)
            return tuned;
        await run.LogParamsAsync(new Dictionary<string, string> { ["tuning.kept_defaults"] = "true" }, ct);
        progress?.Report(new(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The tuned {family.Name} scored {tuned.CvMean:0.0000} on the leaderboard's folds, not better than its defaults' {candidate.CvMean:0.0000}: the defaults stay"), 0.91));
        return candidate;
    }
}
