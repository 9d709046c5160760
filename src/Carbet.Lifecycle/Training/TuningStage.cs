using Carbet.Core;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Tuning;
using Carbet.Modeling.Families;
using Carbet.Modeling.Training;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Training;

/// <summary>The tuning step of <c>carbet train</c>: one family (see <see cref="Candidate"/>) is tuned in a study, and its
/// tuned configuration then stands for it on the leaderboard.</summary>
/// <remarks>The study's trial 0 is the defaults on the same folds, so the tuned entry is never worse on cross-validation
/// than the default one it replaces; the test rows play no part in the search.</remarks>
internal sealed class TuningStage(IStore store, CarbetContext context, FamilyStep step)
{
    /// <summary>The family tuned when none is named: LightGBM when it is compared, else the best by the selection rule among
    /// families with hyperparameters.</summary>
    /// <remarks>Boosted trees gain the most from tuning (Probst, Boulesteix and Bischl 2019, "Tunability"), so a family that
    /// leads at its defaults is often overtaken by tuned LightGBM: on compas and telco-churn, tuned LightGBM reached a higher
    /// cross-validated AUC than the tuned default leader (docs/benchmarks.md). The tuned entry still has to win on the
    /// leaderboard by the same rule as every other.</remarks>
    public static FamilyOutcome? Candidate(IReadOnlyList<FamilyOutcome> outcomes)
    {
        var tunable = outcomes.Where(o => !ModelFamilies.Get(o.Family).Space.Parameters.IsEmpty && ModelFamilies.Get(o.Family) is not MlpFamily).ToList();
        if (tunable.Find(o => o.Family == PreferredFamily) is { } preferred)
            return preferred;
        return tunable.Count == 0 ? null : tunable.Single(o => o.Cv == SelectionRule.Rank(tunable.Select(t => t.Cv))[0]);
    }

    /// <summary>The family tuned whenever it is compared.</summary>
    public const string PreferredFamily = "lightgbm";

    public async Task<FamilyOutcome> RunAsync(RecordedRun run, ProjectFile project, string datasetContentHash, BinaryTrainingRequest request, int folds,
        TuningSection settings, FamilyOutcome candidate, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        var family = ModelFamilies.Get(candidate.Family);
        var study = TuningRecords.StudyName(project, family, datasetContentHash, request, settings.Folds, context.Seed);
        await run.LogParamsAsync(TuningRecords.Settings(study, family.Name, settings), ct);
        progress?.Report(new($"Tuning {family.Name}: up to {settings.Trials} trials or {settings.Timeout}, {settings.Folds}-fold CV, study {study}", 0.7));
        var session = await Task.Run(() => new CrossValidationSession(context, request with { TestCsvPath = null }, settings.Folds)
        {
            MaxFoldsInParallel = Math.Max(1, Environment.ProcessorCount / settings.ParallelTrials),
        }, ct);
        var outcome = await new FamilyTuner(context, TuningObjective.Auc(session, family), settings).TuneAsync(store.Studies, study, TuningObjective.Tuned(family), Workers.Id, progress, ct);
        await TuningRecords.LogAsync(run, outcome, context, ct);
        progress?.Report(new($"Cross-validating the tuned {family.Name} on the leaderboard's {folds} folds and fitting it on every training row", 0.9));
        // the leaderboard's folds and seeds, with curves: the same evaluation as every other entry; when the study's folds
        // are the leaderboard's, the same AUC as the study's best trial
        var tuned = await step.RunAsync(run, family, outcome.Best, $"{family.Name} (tuned)", null, ct) with { Tuning = outcome };
        if (tuned.Cv.MeanAuc >= candidate.Cv.MeanAuc)
            return tuned;
        await run.LogParamsAsync(new Dictionary<string, string> { ["tuning.kept_defaults"] = "true" }, ct);
        progress?.Report(new(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The tuned {family.Name} scored {tuned.Cv.MeanAuc:0.0000} on the leaderboard's folds, below its defaults' {candidate.Cv.MeanAuc:0.0000}: the defaults stay"), 0.91));
        return candidate;
    }
}
