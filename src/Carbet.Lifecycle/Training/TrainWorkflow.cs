using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Core.Reports;
using Carbet.Data.Tables;
using Carbet.Evaluation.Classification;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Energy;
using Carbet.Modeling.Families;
using Carbet.Tracking;
using Carbet.Tracking.Datasets;
using Carbet.Tracking.Registry;

namespace Carbet.Lifecycle.Training;

/// <summary><c>carbet train</c>: compares model families on the newest prepared dataset version, ranks them by a rule
/// fixed before any test score, and registers the winner as a new version of the project's model.</summary>
/// <remarks>The training rows (train and validation of the prepared split) feed cross-validation and the final fits;
/// the split's test rows only score. The new version becomes <c>challenger</c>, or <c>champion</c> when the model has none yet;
/// replacing a champion is a later, gated step.</remarks>
public sealed class TrainWorkflow(IStore store, CarbetContext context)
{
    /// <summary>The logical path of the chosen model file among the train run's artifacts.</summary>
    public const string ModelArtifact = "model/model.zip";

    /// <summary>Trains, ranks, reports and registers.</summary>
    public async Task<TrainSummary> RunAsync(ProjectFile project, TrainOptions options, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(options);
        if (project.Task != TaskKind.Binary)
            throw new ArgumentException($"A {project.Task.ToString().ToLowerInvariant()} project is trained by TaskTrainWorkflow.", nameof(project));
        var families = options.Families.Select(ModelFamilies.Get).DistinctBy(f => f.Name).ToImmutableArray();
        foreach (var unavailable in families.Where(f => ModelFamilies.Unavailable(f) is not null))
            progress?.Report(new($"Skipping {unavailable.Name}: {ModelFamilies.Unavailable(unavailable)}", 0.0));
        families = families.RemoveAll(f => ModelFamilies.Unavailable(f) is not null);
        if (families.IsEmpty)
            throw new UserErrorException("No model family was given.", $"Name at least one of: {string.Join(", ", ModelFamilies.All.Select(f => f.Name))}.");
        if (options.Folds is < 2 or > 20)
            throw new UserErrorException($"{options.Folds} cross-validation folds is outside 2 to 20.", "Use between 2 and 20 folds; 5 is usual.");
        var work = Directory.CreateTempSubdirectory("carbet-train-");
        try
        {
            var inputs = await TrainingInputs.LoadAsync(store, context, project, work.FullName, progress, ct, options.KnownBefore);
            var (version, table, split, target, request) = inputs;
            return await RecordedRun.RecordAsync(store, project.Name, "train", project.Folder, "train", async run =>
            {
                // the rule goes on record before any family is fitted, let alone scored on the test rows
                await run.LogParamsAsync(new Dictionary<string, string>(inputs.Params(request, options.Folds, context.Seed))
                {
                    ["selection.rule"] = SelectionRule.Text,
                    ["selection.tie"] = "one standard error of the paired per-fold AUC differences",
                    ["families"] = string.Join(",", families.Select(f => f.Name)),
                }, ct);
                await LogExtrasAsync(run, options, ct);
                if (inputs.Window is { } window)
                    await LogWindowAsync(run, options.KnownBefore!.Value, window, ct);
                progress?.Report(new($"Selection rule recorded: {SelectionRule.Text}", 0.02));
                request = await FeatureStep.RunAsync(run, context, table, project, request, options.Folds, progress, ct);

                var grid = project.EnergyTerritory is { } territory ? GridIntensity.For(territory) : GridIntensity.World;
                var step = new FamilyStep(context, request, options.Folds, grid);
                var outcomes = new List<FamilyOutcome>();
                for (var i = 0; i < families.Length; i++)
                {
                    progress?.Report(new($"Training {families[i].Name} ({i + 1}/{families.Length}): {options.Folds}-fold CV, fit, test", 0.05 + (0.85 * i / families.Length)));
                    if (await FamilyFailures.TryAsync(run, families[i].Name, () => step.RunAsync(run, families[i], ct), progress, ct) is { } outcome)
                        outcomes.Add(outcome);
                }
                if (outcomes.Count == 0)
                    throw new UserErrorException("Every model family failed; nothing can be registered.", "Read each family's reason in its child run (carbet runs list), fix the data or the settings, and train again.");

                var tuningSettings = options.Tuning ?? project.Training.Tuning;
                if (tuningSettings.Trials > 0 && TuningStage.Candidate(outcomes) is { } candidate)
                {
                    var tuned = await new TuningStage(store, context, step).RunAsync(run, project, version.ContentHash, request, options.Folds, tuningSettings, candidate, progress, ct);
                    outcomes[outcomes.IndexOf(candidate)] = tuned;
                }

                progress?.Report(new("Ranking and registering the winner", 0.92));
                var ranked = SelectionRule.Rank(outcomes.Select(o => o.Cv)).Select(cv => outcomes.Single(o => o.Cv == cv)).ToImmutableArray();
                return await FinishAsync(run, project, table, request, version, ranked, options, ct);
            }, ct);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<TrainSummary> FinishAsync(RecordedRun run, ProjectFile project, DataTable table, Modeling.Training.BinaryTrainingRequest request,
        DatasetVersionSnapshot version, ImmutableArray<FamilyOutcome> ranked, TrainOptions options, CancellationToken ct)
    {
        var winner = ranked[0];
        var labels = winner.Fit.Model.TestLabels.AsSpan();
        var paired = ranked.Length > 1
            ? DeLong.PairedTest(winner.Fit.Model.TestProbabilities.AsSpan(), ranked[1].Fit.Model.TestProbabilities.AsSpan(), labels)
            : null;
        var chooser = new ThresholdChooser(winner.Test);
        var threshold = project.Costs is { } costs ? chooser.MinimumExpectedCost(costs.FalseNegative, costs.FalsePositive) : chooser.YoudenJ();
        var leaderboard = ranked.Select((o, i) => o.Entry(i + 1)).ToImmutableArray();

        var metrics = winner.Metrics().SetItems(new Dictionary<string, double>
        {
            ["decision_threshold"] = threshold.Threshold,
            ["decision_tpr"] = threshold.TruePositiveRate,
            ["decision_fpr"] = threshold.FalsePositiveRate,
        });
        var runMetrics = paired is null ? metrics : metrics.SetItems(new Dictionary<string, double>
        {
            ["paired_auc_difference"] = paired.Difference,
            ["paired_p_value"] = paired.PValue,
        });
        await run.LogMetricsAsync(runMetrics, context.Now, ct);
        await run.LogParamsAsync(new Dictionary<string, string> { ["selection.winner"] = winner.Family, ["threshold.rule"] = threshold.Description }, ct);
        await run.LogBytesAsync(ModelArtifact, winner.Fit.Model.ModelFile, ct);
        var evidence = await WinnerEvidence.RecordAsync(run, context, request, ranked, ct);

        var registered = await store.Models.RegisterVersionAsync(new NewModelVersion(project.Name, run.Id, ModelArtifact, ModelInputs.Signature(table, request))
        {
            DatasetVersionId = version.Id,
            Metrics = metrics,
            Description = $"{winner.Family}, chosen by carbet train ({SelectionRule.Text}) on {version.Dataset} v{version.Version}.",
        }, ct);
        var moved = await NewVersionAlias.PointAsync(store, project.Name, registered.Version, options, ct);
        var summary = new TrainSummary(run.Id, SelectionRule.Text, leaderboard, paired, threshold, project.Name, registered.Version, version.Id,
            winner.Fit.Model.TrainRows, winner.Fit.Model.TestRows)
        { Importance = evidence.Importance, OnnxStatus = evidence.Onnx.Status, Grid = ranked[0].Grid, Tuning = ranked.Select(o => o.Tuning).FirstOrDefault(t => t is not null), Alias = moved };
        await run.LogTextAsync("reports/train.html", HtmlReportRenderer.Render(TrainReport.Document(summary, ranked)), ct);
        await run.LogTextAsync("reports/train.json", TrainReport.Json(summary, ranked), ct);
        return summary;
    }

    private static async Task LogExtrasAsync(RecordedRun run, TrainOptions options, CancellationToken ct)
    {
        if (!options.ExtraParams.IsEmpty)
            await run.LogParamsAsync(options.ExtraParams, ct);
        foreach (var (path, file) in options.ExtraFiles)
            await run.LogBytesAsync(path, await File.ReadAllBytesAsync(file, ct), ct);
    }

    internal static Task LogWindowAsync(RecordedRun run, DateTime before, Data.Preparation.TimeWindow window, CancellationToken ct) =>
        run.LogParamsAsync(new Dictionary<string, string>
        {
            ["data.known_before"] = before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["data.rows_later"] = window.RowsLater.ToString(CultureInfo.InvariantCulture),
            ["data.rows_without_time"] = window.RowsWithoutTime.ToString(CultureInfo.InvariantCulture),
        }, ct);
}
