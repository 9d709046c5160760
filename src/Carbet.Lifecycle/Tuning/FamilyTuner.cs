using System.Collections.Concurrent;
using System.Globalization;

using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Families;
using Carbet.Tuning.Importance;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;
using Carbet.Tuning.Studies;

namespace Carbet.Lifecycle.Tuning;

/// <summary>Tunes one family's hyperparameters in a study whose objective is the mean cross-validated AUC of a
/// <see cref="CrossValidationSession"/>; each fold's running mean is an intermediate value the pruner reads.</summary>
/// <remarks>The worker that creates the study queues the family's defaults as trial 0, so the best trial is never worse
/// on cross-validation than the untuned family. Other workers (processes, machines) opening the same study name share
/// its trials and its budget.</remarks>
internal sealed class FamilyTuner(CarbetContext context, CrossValidationSession session, TuningSection settings)
{
    private const string CreatorKey = "carbet.created_by";

    public async Task<TuningOutcome> TuneAsync(IStudyStorage storage, string studyName, IModelFamily family, string worker,
        IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        if (family.Space.Parameters.IsEmpty)
            throw new UserErrorException($"The {family.Name} family has no hyperparameter to tune.", "Tune a family such as lightgbm, fasttree or logistic.");
        var space = FamilySearchSpace.Of(family);
        var opened = await storage.OpenStudyAsync(studyName, StudyDirection.Maximize, new Dictionary<string, string>
        {
            [SearchSpaceJson.AttributeKey] = SearchSpaceJson.Serialize(space),
            [CreatorKey] = worker,
            ["carbet.family"] = family.Name,
            ["carbet.objective"] = $"mean {session.Folds}-fold cross-validated AUC ({session.Method})",
        }, ct);
        var study = await Study.OpenAsync(storage, studyName, new StudyOptions
        {
            Direction = StudyDirection.Maximize,
            Space = space,
            Sampler = FamilySearchSpace.Sampler(settings.Sampler),
            Pruner = FamilySearchSpace.Pruner(settings.Pruner),
            Context = context,
        }, ct);
        if (opened.Attributes.GetValueOrDefault(CreatorKey) == worker && (await study.ListTrialsAsync(ct)).IsEmpty)
        {
            // the defaults first, so the study can only improve on them; then the family's portfolio, so a short budget
            // still tries settings that are known to do well before the sampler learns this table
            await study.EnqueueAsync(HyperParameters.Default(family.Space).Values, ct);
            foreach (var settingsOfPortfolio in family.Portfolio)
                await study.EnqueueAsync(FamilyTrainer.Complete(family, settingsOfPortfolio).Values, ct);
        }

        var results = new ConcurrentDictionary<int, CrossValidationResult>();
        var run = await study.OptimizeAsync((trial, token) => EvaluateAsync(family, trial, results, token), new StudyBudget(settings.Trials, settings.Timeout), worker,
            progress is null ? null : new Progress<TuningProgress>(p => progress.Report(new(Describe(family, p), Math.Min(1, p.TrialsRun / (double)settings.Trials)))), ct);
        var trials = await study.ListTrialsAsync(ct);
        var best = study.Best(trials) ?? throw new UserErrorException(
            $"No trial of study '{studyName}' completed ({trials.Length} trials: {string.Join("; ", trials.Where(t => t.Message is not null).Select(t => t.Message).Distinct().Take(3))}).",
            run.Note ?? "Give the study more time (training.tuning.timeout), or check the family's hyperparameter ranges.");
        var values = FamilyTrainer.Complete(family, FamilySearchSpace.Values(best.Parameters));
        var bestCv = results.TryGetValue(best.Number, out var known) ? known : await Task.Run(() => session.Evaluate(family, values, afterFold: null, ct), ct);
        var complete = trials.Count(t => t.State == TrialState.Complete);
        var importance = complete >= 4 ? new ImpurityImportanceEvaluator().Evaluate(trials, space, context.CreateRandom($"tuning/{studyName}/importance")) : [];
        return new TuningOutcome(studyName, family.Name, values, bestCv, trials, importance, run);
    }

    private async Task<double> EvaluateAsync(IModelFamily family, Trial trial, ConcurrentDictionary<int, CrossValidationResult> results, CancellationToken ct)
    {
        var values = FamilyTrainer.Complete(family, FamilySearchSpace.Values(trial.Parameters));
        var pruned = false;
        // the pruner needs the storage (async) between folds, which run on a worker thread with no synchronisation context
        var cv = await Task.Run(() => session.Evaluate(family, values, (fold, mean) =>
        {
            trial.ReportAsync(fold, mean, ct).GetAwaiter().GetResult();
            pruned = fold < session.Folds - 1 && trial.ShouldPruneAsync(ct).GetAwaiter().GetResult();
            return pruned;
        }, ct), ct);
        if (pruned)
            throw new TrialPrunedException(string.Create(CultureInfo.InvariantCulture, $"mean AUC {cv.MeanAuc:0.0000} after {cv.Folds.Length} of {session.Folds} folds"));
        results[trial.Number] = cv;
        return cv.MeanAuc;
    }

    private static string Describe(IModelFamily family, TuningProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"Tuning {family.Name}: trial {p.Trial.Number} {p.Trial.State.ToString().ToLowerInvariant()}{(p.Trial.Value is { } v ? $" ({v:0.0000})" : "")}, best CV AUC {p.BestValue:0.0000}");
}
