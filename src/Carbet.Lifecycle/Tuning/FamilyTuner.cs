using System.Globalization;

using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Families;
using Carbet.Tuning.Importance;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;
using Carbet.Tuning.Studies;

namespace Carbet.Lifecycle.Tuning;

/// <summary>Tunes one family's hyperparameters in a study whose objective is a mean cross-validated score (AUC, macro-F1,
/// RMSE); each fold's running mean is an intermediate value the pruner reads.</summary>
/// <remarks>The worker that creates the study queues the family's defaults as trial 0, so the best trial is never worse
/// on cross-validation than the untuned family. Other workers (processes, machines) opening the same study name share
/// its trials and its budget.</remarks>
internal sealed class FamilyTuner(CarbetContext context, TuningObjective objective, TuningSection settings)
{
    private const string CreatorKey = "carbet.created_by";

    public async Task<TuningOutcome> TuneAsync(IStudyStorage storage, string studyName, TunedFamily family, string worker,
        IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        if (family.Space.Parameters.IsEmpty)
            throw new UserErrorException($"The {family.Name} family has no hyperparameter to tune.", "Tune a family such as lightgbm, fasttree or logistic.");
        var space = FamilySearchSpace.Of(family.Space);
        var opened = await storage.OpenStudyAsync(studyName, objective.Direction, new Dictionary<string, string>
        {
            [SearchSpaceJson.AttributeKey] = SearchSpaceJson.Serialize(space),
            [CreatorKey] = worker,
            ["carbet.family"] = family.Name,
            ["carbet.objective"] = $"mean {objective.Folds}-fold cross-validated {objective.Metric} ({objective.Method})",
        }, ct);
        var study = await Study.OpenAsync(storage, studyName, new StudyOptions
        {
            Direction = objective.Direction,
            Space = space,
            Sampler = FamilySearchSpace.Sampler(settings.Sampler),
            Pruner = FamilySearchSpace.Pruner(settings.Pruner),
            TrialsSideBySide = settings.ParallelTrials,
            Context = context,
        }, ct);
        if (opened.Attributes.GetValueOrDefault(CreatorKey) == worker && (await study.ListTrialsAsync(ct)).IsEmpty)
        {
            // the defaults first, so the study can only improve on them; then the family's portfolio, so a short budget
            // still tries settings that are known to do well before the sampler learns this table
            await study.EnqueueAsync(HyperParameters.Default(family.Space).Values, ct);
            foreach (var settingsOfPortfolio in family.Portfolio)
                await study.EnqueueAsync(family.Complete(settingsOfPortfolio).Values, ct);
        }

        var run = await study.OptimizeAsync((trial, token) => EvaluateAsync(family, trial, token), new StudyBudget(settings.Trials, settings.Timeout), worker,
            progress is null ? null : new Progress<TuningProgress>(p => progress.Report(new(Describe(family, p), Math.Min(1, p.TrialsRun / (double)settings.Trials)))), ct);
        var trials = await study.ListTrialsAsync(ct);
        var best = study.Best(trials) ?? throw new UserErrorException(
            $"No trial of study '{studyName}' completed ({trials.Length} trials: {string.Join("; ", trials.Where(t => t.Message is not null).Select(t => t.Message).Distinct().Take(3))}).",
            run.Note ?? "Give the study more time (training.tuning.timeout), or check the family's hyperparameter ranges.");
        var values = family.Complete(FamilySearchSpace.Values(best.Parameters));
        var complete = trials.Count(t => t.State == TrialState.Complete);
        var importance = complete >= 4 ? new ImpurityImportanceEvaluator().Evaluate(trials, space, context.CreateRandom($"tuning/{studyName}/importance")) : [];
        return new TuningOutcome(studyName, family.Name, family.Space, values, best.Value!.Value, trials, importance, run)
        {
            Metric = objective.Metric,
            HigherIsBetter = objective.Direction == StudyDirection.Maximize,
        };
    }

    private async Task<double> EvaluateAsync(TunedFamily family, Trial trial, CancellationToken ct)
    {
        var values = family.Complete(FamilySearchSpace.Values(trial.Parameters));
        var pruned = false;
        // the pruner needs the storage (async) between folds, which run on a worker thread with no synchronisation context
        var score = await Task.Run(() => objective.Evaluate(values, (fold, mean) =>
        {
            trial.ReportAsync(fold, mean, ct).GetAwaiter().GetResult();
            pruned = fold < objective.Folds - 1 && trial.ShouldPruneAsync(ct).GetAwaiter().GetResult();
            return pruned;
        }, ct), ct);
        if (pruned)
            throw new TrialPrunedException(string.Create(CultureInfo.InvariantCulture, $"mean {objective.Metric} {score.Mean:0.0000} after {score.FoldsRun} of {objective.Folds} folds"));
        return score.Mean;
    }

    private string Describe(TunedFamily family, TuningProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"Tuning {family.Name}: trial {p.Trial.Number} {p.Trial.State.ToString().ToLowerInvariant()}{(p.Trial.Value is { } v ? $" ({v:0.0000})" : "")}, best CV {objective.Metric} {p.BestValue:0.0000}");
}
