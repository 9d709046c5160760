using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;

using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Data.Tables;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Training;
using Carbet.Tracking;
using Carbet.Tracking.Registry;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Demo;

/// <summary>Generates the demo world, profiles, validates and prepares it, trains a first model on its known months,
/// records every step, registers the version and points <c>champion</c> at it.</summary>
/// <remarks>A failure ends the current run as failed and registers nothing; earlier runs and versions are never touched.</remarks>
public sealed class DemoWorkflow(IStore store, CarbetContext context)
{
    /// <summary>The logical path of the model file among the run's artifacts.</summary>
    public const string ModelArtifact = "model/model.zip";

    /// <summary>Runs the demo end to end.</summary>
    public async Task<DemoSummary> RunAsync(DemoOptions options, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var world = new DemoWorldOptions { Months = options.Months, Seed = options.Seed, ApplicationsPerMonth = options.ApplicationsPerMonth };
        if (options.TrainingMonths < 1 || options.TrainingMonths > options.Months)
            throw new UserErrorException($"Training on {options.TrainingMonths} months is impossible with {options.Months} generated.", "Train on between 1 month and all generated months.");

        var folder = Path.Combine(options.WorkingDirectory, "demo-world", "seed-" + options.Seed.ToString(CultureInfo.InvariantCulture));
        var files = await DemoWorldWriter.WriteAsync(world, folder, progress.Map<DemoWorldProgress>(p => new("Generating the demo world", 0.2 * p.MonthsDone / p.MonthsTotal)), ct);
        var project = ProjectFileLoader.Load(await DemoProject.WriteAsync(folder, ct));

        var profile = await new DataProfileWorkflow(store, context).RunAsync(project, Within(progress, "Profiling", 0.2, 0.35), ct);
        var validation = await new DataValidateWorkflow(store, context).RunAsync(project, suggest: false, Within(progress, "Validating", 0.35, 0.45), ct);
        var prepared = await new DataPrepareWorkflow(store, context).RunAsync(project, Within(progress, "Preparing", 0.45, 0.6), ct);
        var data = new DemoData(profile, validation, prepared);

        var trainingFile = Path.Combine(folder, "prepared.csv");
        await DataTableCsv.WriteAsync(prepared.Preparation.Table, trainingFile, ct);
        var run = await store.Runs.StartAsync(new NewRun(DemoOptions.ModelName, "demo-lightgbm")
        {
            GitCommit = GitCommit.Find(options.WorkingDirectory),
            Tags = ImmutableSortedDictionary.CreateRange<string, string>(StringComparer.Ordinal, [new("carbet.command", "demo"), new("carbet.family", "lightgbm")]),
        }, ct);
        try
        {
            var summary = await TrainAsync(run, options, world, files, data, trainingFile, project, progress, ct);
            await store.Runs.EndAsync(run.Id, RunStatus.Finished, ct);
            progress?.Report(new("Done", 1));
            return summary with { Elapsed = watch.Elapsed };
        }
        catch
        {
            await store.Runs.EndAsync(run.Id, RunStatus.Failed, CancellationToken.None);
            throw;
        }
    }

    private async Task<DemoSummary> TrainAsync(RunSnapshot run, DemoOptions options, DemoWorldOptions world, DemoWorldFiles files, DemoData data,
        string trainingFile, ProjectFile project, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        await using (var manifest = File.OpenRead(Path.Combine(files.Folder, "manifest.json")))
            await store.Runs.LogArtifactAsync(run.Id, "data/manifest.json", manifest, ct);
        progress?.Report(new("Training LightGBM", 0.6));
        var table = data.Prepared.Preparation.Table;
        var request = ModelInputs.Request(table, trainingFile, project) with
        {
            TrainBefore = new TimeCutoff(DemoWorldColumns.Time, world.Start.AddMonths(options.TrainingMonths)),
        };
        await store.Runs.LogParamsAsync(run.Id, DemoFeatures.Params(context, options, request, data.Prepared.PreparedVersion.Id), ct);
        var trained = await Task.Run(() => new LightGbmClassifierTrainer(context).Train(request, ct), ct);

        progress?.Report(new("Recording the model", 0.85));
        var (evaluation, threshold, evaluationMetrics) = DemoEvaluation.Evaluate(trained, project);
        var metrics = trained.TestMetrics.SetItems(evaluationMetrics).Add("fit_seconds", trained.FitTime.TotalSeconds);
        await store.Runs.SetTagsAsync(run.Id, new Dictionary<string, string> { ["carbet.threshold_rule"] = threshold.Description }, ct);
        await using (var report = new MemoryStream(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(evaluation, DataSteps.ReportJson.Options)))
            await store.Runs.LogArtifactAsync(run.Id, "reports/evaluation.json", report, ct);
        var now = context.Now;
        await store.Runs.LogMetricsAsync(run.Id, [.. metrics.Select(m => new MetricPoint(m.Key, m.Value, 0, now))], ct);
        await store.Runs.LogParamsAsync(run.Id, new Dictionary<string, string>
        {
            ["data.train_rows"] = trained.TrainRows.ToString(CultureInfo.InvariantCulture),
            ["data.test_rows"] = trained.TestRows.ToString(CultureInfo.InvariantCulture),
        }, ct);
        await using (var model = new MemoryStream(trained.ModelFile))
            await store.Runs.LogArtifactAsync(run.Id, ModelArtifact, model, ct);

        var signature = ModelInputs.Signature(table, request);
        var version = await store.Models.RegisterVersionAsync(new NewModelVersion(DemoOptions.ModelName, run.Id, ModelArtifact, signature)
        {
            DatasetVersionId = data.Prepared.PreparedVersion.Id,
            Metrics = trained.TestMetrics.SetItems(evaluationMetrics),
            Description = "LightGBM on the prepared demo world's first months, from carbet demo.",
        }, ct);
        progress?.Report(new("Setting the champion alias", 0.95));
        var change = await store.Models.SetAliasAsync(DemoOptions.ModelName, "champion", version.Version, options.Actor, ct);

        return new DemoSummary(run.Id, run.Experiment, DemoOptions.ModelName, version.Version, "champion", change.FromVersion,
            metrics, data.Prepared.PreparedVersion.Id, files.Folder, files.Applications, trained.TrainRows, trained.TestRows,
            store.Description, store.Artifacts.Root, TimeSpan.Zero)
        {
            Data = data,
            Threshold = threshold.Description,
        };
    }

    private static IProgress<WorkflowProgress>? Within(IProgress<WorkflowProgress>? progress, string step, double from, double to) =>
        progress.Map<WorkflowProgress>(p => new($"{step}: {p.Step}", from + (to - from) * Math.Clamp(p.Fraction, 0, 1)));
}
