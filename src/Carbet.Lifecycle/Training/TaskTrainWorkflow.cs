using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Core.Reports;
using Carbet.Data.Tables;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Energy;
using Carbet.Modeling.Tasks;
using Carbet.Tracking;
using Carbet.Tracking.Datasets;
using Carbet.Tracking.Registry;

namespace Carbet.Lifecycle.Training;

/// <summary><c>carbet train</c> for <c>task: multiclass</c> and <c>task: regression</c>: compares the task's families on the
/// newest prepared dataset version, ranks them by a rule fixed before any test score, and registers the winner.</summary>
/// <remarks>As <see cref="TrainWorkflow"/> does for binary tasks: the training rows (train and validation of the prepared split)
/// feed cross-validation and the final fits, the test rows only score, and the new version becomes <c>challenger</c>
/// (<c>champion</c> when the model has none).</remarks>
public sealed class TaskTrainWorkflow(IStore store, CarbetContext context)
{
    /// <summary>The families compared when none are named: every family of the task.</summary>
    public static ImmutableArray<string> DefaultFamilies(TaskKind task) => [.. TaskFamilies.For(task).Select(f => f.Name)];

    /// <summary>Trains, ranks, reports and registers.</summary>
    /// <param name="project">A project whose task is multiclass or regression.</param>
    /// <param name="options">The families (by name, of the project's task) and folds; see <see cref="DefaultFamilies"/>.</param>
    /// <param name="progress">Receives the step and the share done.</param>
    /// <param name="ct">Cancels the work; the run is then marked failed.</param>
    public async Task<TaskTrainSummary> RunAsync(ProjectFile project, TrainOptions options, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(options);
        if (project.Task == TaskKind.Binary)
            throw new ArgumentException("Binary projects are trained by TrainWorkflow.", nameof(project));
        var task = project.Task;
        var families = options.Families.Select(name => TaskFamilies.Get(task, name)).DistinctBy(f => f.Name).ToImmutableArray();
        if (families.IsEmpty)
            throw new UserErrorException("No model family was given.", $"Name at least one of: {string.Join(", ", DefaultFamilies(task))}.");
        if (options.Folds is < 2 or > 20)
            throw new UserErrorException($"{options.Folds} cross-validation folds is outside 2 to 20.", "Use between 2 and 20 folds; 5 is usual.");
        var work = Directory.CreateTempSubdirectory("carbet-train-");
        try
        {
            var (version, table, split, target, trainRows, inputs, request, window) =
                await TaskTrainingInputs.LoadAsync(store, context, project, work.FullName, options.KnownBefore, options.Folds, progress, ct);
            return await RecordedRun.RecordAsync(store, project.Name, "train", project.Folder, "train", async run =>
            {
                // the rule goes on record before any family is fitted, let alone scored on the test rows
                var values = new Dictionary<string, string>
                {
                    ["task"] = task.ToString().ToLowerInvariant(),
                    ["selection.rule"] = TaskSelectionRule.Text(task),
                    ["selection.tie"] = "one standard error of the paired per-fold differences",
                    ["families"] = string.Join(",", families.Select(f => f.Name)),
                    ["cv.folds"] = options.Folds.ToString(CultureInfo.InvariantCulture),
                    ["dataset.version_id"] = version.Id,
                    ["split.method"] = split.Method,
                    ["data.train_rows"] = trainRows.Count.ToString(CultureInfo.InvariantCulture),
                    ["data.test_rows"] = split.Test.Length.ToString(CultureInfo.InvariantCulture),
                    ["data.target"] = request.Target,
                    ["features.numeric"] = string.Join(",", request.NumericFeatures),
                    ["features.categorical"] = string.Join(",", request.CategoricalFeatures),
                    ["features.date"] = string.Join(",", request.DateFeatures),
                    ["seed"] = context.Seed.ToString(CultureInfo.InvariantCulture),
                };
                for (var k = 0; k < target.Classes.Length; k++)
                    values[string.Create(CultureInfo.InvariantCulture, $"data.class.{k}")] = target.Classes[k];
                foreach (var column in TaskTrainer.Plan(request).Columns)
                    values["features.column." + column.Column] = column.Describe();
                foreach (var (column, reason) in ModelInputs.Excluded(table, project))
                    values["features.excluded." + column] = reason;
                await run.LogParamsAsync(values, ct);
                if (window is not null)
                    await TrainWorkflow.LogWindowAsync(run, options.KnownBefore!.Value, window, ct);
                progress?.Report(new($"Selection rule recorded: {TaskSelectionRule.Text(task)}", 0.02));

                var grid = project.EnergyTerritory is { } territory ? GridIntensity.For(territory) : GridIntensity.World;
                var step = new TaskFamilyStep(context, request, options.Folds, grid);
                var outcomes = new List<TaskOutcome>();
                for (var i = 0; i < families.Length; i++)
                {
                    progress?.Report(new($"Training {families[i].Name} ({i + 1}/{families.Length}): {options.Folds}-fold CV, fit, test", 0.05 + (0.85 * i / families.Length)));
                    outcomes.Add(await step.RunAsync(run, families[i], ct));
                }

                var tuningSettings = options.Tuning ?? project.Training.Tuning;
                if (tuningSettings.Trials > 0 && TaskTuningStage.Candidate(task, outcomes) is { } candidate)
                {
                    var tuned = await new TaskTuningStage(store, context, step).RunAsync(run, project, version.ContentHash, request, options.Folds, tuningSettings, candidate, progress, ct);
                    outcomes[outcomes.IndexOf(candidate)] = tuned;
                }

                progress?.Report(new("Ranking and registering the winner", 0.92));
                var ranked = TaskSelectionRule.Rank(task, outcomes);
                var summary = new TaskTrainSummary(run.Id, task, TaskSelectionRule.Text(task), TaskSelectionRule.Metric(task),
                    [.. ranked.Select((o, i) => o.Entry(i + 1))], project.Name, 0, version.Id, trainRows.Count, split.Test.Length)
                { Classes = target.Classes, Tuning = outcomes.Select(o => o.Tuning).FirstOrDefault(t => t is not null) };
                return await FinishAsync(run, summary, table, inputs, request, version, ranked, options, ct);
            }, ct);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<TaskTrainSummary> FinishAsync(RecordedRun run, TaskTrainSummary summary, DataTable table, Modeling.Training.BinaryTrainingRequest inputs,
        TaskTrainingRequest request, DatasetVersionSnapshot version, ImmutableArray<TaskOutcome> ranked, TrainOptions options, CancellationToken ct)
    {
        var winner = ranked[0];
        var metrics = winner.Metrics();
        await run.LogMetricsAsync(metrics, context.Now, ct);
        await run.LogParamsAsync(new Dictionary<string, string> { ["selection.winner"] = winner.Family }, ct);
        await run.LogBytesAsync(TrainWorkflow.ModelArtifact, winner.Fit.ModelFile, ct);
        var evidence = await TaskWinnerEvidence.RecordAsync(run, context, request, ranked, ct);
        var registered = await store.Models.RegisterVersionAsync(new NewModelVersion(summary.Model, run.Id, TrainWorkflow.ModelArtifact, ModelInputs.Signature(table, inputs))
        {
            DatasetVersionId = version.Id,
            Metrics = metrics,
            Description = $"{winner.Family} ({summary.Task.ToString().ToLowerInvariant()}), chosen by carbet train ({summary.Rule}) on {version.Dataset} v{version.Version}.",
        }, ct);
        var alias = await NewVersionAlias.PointAsync(store, summary.Model, registered.Version, options, ct);
        summary = summary with { Version = registered.Version, Importance = evidence.Importance, OnnxStatus = evidence.Onnx.Status, Alias = alias };
        await run.LogTextAsync("reports/train.html", HtmlReportRenderer.Render(TaskTrainReport.Document(summary, ranked)), ct);
        await run.LogTextAsync("reports/train.json", TaskTrainReport.Json(summary, ranked), ct);
        return summary;
    }
}
