using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Core.Reports;
using Carbet.Evaluation.Classification;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Energy;
using Carbet.Modeling.Families;
using Carbet.Tracking;
using Carbet.Tracking.Registry;

namespace Carbet.Lifecycle.Retraining;

/// <summary><c>carbet retrain</c>: fits the family of a registered version again, on the newest prepared dataset version, starting
/// from that version as far as the family can; registers the result and points <c>challenger</c> at it.</summary>
/// <remarks>Inputs are read as <c>carbet train</c> reads them (same split, target and feature plan), narrowed to the parent's input
/// columns. The parent and the new model are scored on the same test rows and compared with DeLong's paired test. Champion never
/// moves here: promotion is a later, gated step.</remarks>
public sealed class RetrainWorkflow(IStore store, CarbetContext context)
{
    /// <summary>Resolves the parent, retrains, compares, records and registers.</summary>
    public async Task<RetrainSummary> RunAsync(ProjectFile project, RetrainOptions options, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(options);
        if (project.Task != TaskKind.Binary)
            throw new UserErrorException($"Project '{project.Name}' is a {project.Task.ToString().ToLowerInvariant()} task, and carbet retrain handles binary tasks only.",
                "Run carbet train to register a new version.");
        var folds = options.Folds ?? project.Training.Folds ?? 5;
        if (folds is < 2 or > 20)
            throw new UserErrorException($"{folds} cross-validation folds is outside 2 to 20.", "Use between 2 and 20 folds; 5 is usual.");
        var model = options.Model ?? project.Name;
        var parent = await ParentModel.ResolveAsync(store, model, options.From, ct);
        progress?.Report(new($"Retraining {parent.Name} ({parent.Family.Name}, {TransferMethod.Of(parent.Family)})", 0.01));
        var work = Directory.CreateTempSubdirectory("carbet-retrain-");
        try
        {
            var inputs = await TrainingInputs.LoadAsync(store, context, project, work.FullName, progress, ct);
            var (version, table, split, target, candidates) = inputs;
            var request = ParentSchema.Check(parent, table, project, candidates, target);
            return await RecordedRun.RecordAsync(store, project.Name, "retrain", project.Folder, "retrain", async run =>
            {
                var hyperparameters = parent.Family.Space.Parameters.ToDictionary(p => "hp." + p.Name,
                    p => Lifecycle.Tuning.TuningRecords.Describe(p, parent.Parameters.Get(p)));
                await run.LogParamsAsync(new Dictionary<string, string>(hyperparameters)
                {
                    ["parent.model"] = model,
                    ["parent.version"] = parent.Version.Version.ToString(CultureInfo.InvariantCulture),
                    ["parent.from"] = options.From,
                    ["parent.run_id"] = parent.Run.Id,
                    ["family"] = parent.Family.Name,
                    ["transfer.method"] = TransferMethod.Of(parent.Family),
                    ["transfer.description"] = FamilyTransfer.Describe(parent.Family),
                    ["features.inputs"] = $"the input columns of {parent.Name}",
                }.Concat(inputs.Params(request, folds, context.Seed)).ToDictionary(), ct);
                request = await FeatureStep.RunAsync(run, context, table, project with { Features = request.Features }, request, folds, progress, ct);

                progress?.Report(new($"Training {parent.Family.Name} from {parent.Name}: {folds}-fold CV, fit, test", 0.1));
                var grid = project.EnergyTerritory is { } territory ? GridIntensity.For(territory) : GridIntensity.World;
                var source = new TransferSource(parent.Name, parent.Family.Name, parent.ModelFile, parent.Parameters);
                var outcome = await new FamilyStep(context, request, folds, grid)
                    .RunAsync(run, parent.Family, parent.Parameters, null, null, new FamilyFitOptions { Parent = source }, ct);

                progress?.Report(new($"Scoring {parent.Name} on the same test rows", 0.8));
                var parentScores = await Task.Run(() => ScoreParent(parent, request), ct);
                return await FinishAsync(run, project, table, request, version, parent, outcome, parentScores, options, ct);
            }, ct);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private HeldOutScores ScoreParent(ParentModel parent, Modeling.Training.BinaryTrainingRequest request)
    {
        var test = request.TestCsvPath ?? throw new InvalidOperationException("Retraining always scores a separate test file.");
        try
        {
            return HeldOutScores.Score(parent.ModelFile, request, test, context.SeedFor("retrain/parent"));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            throw new UserErrorException($"{parent.Name} cannot score the newest prepared data: {e.Message.Split('\n')[0]}",
                "Retrain another version, or run carbet train to start a new model on the new data.");
        }
    }

    private async Task<RetrainSummary> FinishAsync(RecordedRun run, ProjectFile project, Data.Tables.DataTable table, Modeling.Training.BinaryTrainingRequest request,
        Tracking.Datasets.DatasetVersionSnapshot version, ParentModel parent, FamilyOutcome outcome, HeldOutScores parentScores, RetrainOptions options, CancellationToken ct)
    {
        var labels = outcome.Fit.Model.TestLabels;
        if (!parentScores.Labels.SequenceEqual(labels))
            throw new InvalidOperationException("The parent and the new model were scored on different test rows.");
        var parentTest = BinaryMetrics.Compute(parentScores.Probabilities.AsSpan(), labels.AsSpan(), new BinaryMetricsOptions());
        var paired = DeLong.PairedTest(outcome.Fit.Model.TestProbabilities.AsSpan(), parentScores.Probabilities.AsSpan(), labels.AsSpan());
        var chooser = new ThresholdChooser(outcome.Test);
        var threshold = project.Costs is { } costs ? chooser.MinimumExpectedCost(costs.FalseNegative, costs.FalsePositive) : chooser.YoudenJ();
        var metrics = outcome.Metrics().SetItems(new Dictionary<string, double>
        {
            ["decision_threshold"] = threshold.Threshold,
            ["decision_tpr"] = threshold.TruePositiveRate,
            ["decision_fpr"] = threshold.FalsePositiveRate,
        });
        var comparison = new Dictionary<string, double>
        {
            ["parent_test_auc"] = parentTest.RocAuc,
            ["parent_test_average_precision"] = parentTest.AveragePrecision,
            ["paired_auc_difference"] = paired.Difference,
            ["paired_p_value"] = paired.PValue,
        };
        if (parentTest.DeLong is { } interval)
            (comparison["parent_test_auc_ci_lower"], comparison["parent_test_auc_ci_upper"]) = (interval.Lower, interval.Upper);
        await run.LogMetricsAsync(metrics.SetItems(comparison), context.Now, ct);
        await run.LogParamsAsync(new Dictionary<string, string> { ["threshold.rule"] = threshold.Description }, ct);
        await run.LogBytesAsync(TrainWorkflow.ModelArtifact, outcome.Fit.Model.ModelFile, ct);
        await WinnerEvidence.RecordAsync(run, context, request, [outcome], ct);

        var method = TransferMethod.Of(parent.Family);
        var registered = await store.Models.RegisterVersionAsync(new NewModelVersion(parent.Version.Model, run.Id, TrainWorkflow.ModelArtifact, ModelInputs.Signature(table, request))
        {
            DatasetVersionId = version.Id,
            Metrics = metrics,
            Description = $"{parent.Family.Name}, retrained by carbet retrain from {parent.Name}{(parent.Alias is { } a ? $" ({a})" : "")} ({method}) on prepared dataset {version.Dataset} v{version.Version}.",
        }, ct);
        var change = await store.Models.SetAliasAsync(parent.Version.Model, RetrainOptions.ChallengerAlias, registered.Version, options.Actor, ct);
        var summary = new RetrainSummary(run.Id, parent.Version.Model, registered.Version, parent.Version.Version, parent.Run.Id, parent.Family.Name, method, version.Id,
            outcome.Fit.Model.TrainRows, outcome.Fit.Model.TestRows, outcome.Cv.MeanAuc, outcome.Cv.StdAuc, TestScore.Of(outcome.Test), TestScore.Of(parentTest),
            paired, threshold, change.FromVersion)
        {
            ParentAlias = parent.Alias,
            TransferDescription = FamilyTransfer.Describe(parent.Family),
            Hyperparameters = parent.Family.Space.Parameters.ToImmutableSortedDictionary(p => p.Name,
                p => Lifecycle.Tuning.TuningRecords.Describe(p, outcome.Fit.Parameters.Get(p)), StringComparer.Ordinal),
        };
        await run.LogTextAsync(RetrainReport.HtmlArtifact, HtmlReportRenderer.Render(RetrainReport.Document(summary, outcome, parentTest)), ct);
        await run.LogTextAsync(RetrainReport.JsonArtifact, RetrainReport.Json(summary), ct);
        return summary;
    }
}
