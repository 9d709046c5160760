using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;

using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Modeling.Training;
using Carbet.Tracking;
using Carbet.Tracking.Datasets;
using Carbet.Tracking.Registry;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Demo;

/// <summary>Generates the demo world, trains a first model on its known months, records the run,
/// registers the version and points <c>champion</c> at it.</summary>
/// <remarks>A failure ends the run as failed and registers nothing; earlier runs and versions are never touched.</remarks>
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
        var monthly = progress.Map<DemoWorldProgress>(p => new("Generating the demo world", 0.4 * p.MonthsDone / p.MonthsTotal));
        var files = await DemoWorldWriter.WriteAsync(world, folder, monthly, ct);

        var run = await store.Runs.StartAsync(new NewRun(DemoOptions.ModelName, "demo-lightgbm")
        {
            GitCommit = GitCommit.Find(options.WorkingDirectory),
            Tags = ImmutableSortedDictionary.CreateRange<string, string>(StringComparer.Ordinal, [new("carbet.command", "demo"), new("carbet.family", "lightgbm")]),
        }, ct);
        try
        {
            var summary = await RecordAsync(run, options, world, files, progress, ct);
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

    private async Task<DemoSummary> RecordAsync(RunSnapshot run, DemoOptions options, DemoWorldOptions world, DemoWorldFiles files,
        IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        var table = files.Files.Single(f => f.Path == "applications.csv");
        var dataset = await store.Datasets.RegisterVersionAsync(
            new NewDatasetVersion("demo-applications", table.Sha256, DemoWorldColumns.Schema, table.Rows) { Source = Path.Combine(files.Folder, table.Path) }, ct);
        await using (var manifest = File.OpenRead(Path.Combine(files.Folder, "manifest.json")))
            await store.Runs.LogArtifactAsync(run.Id, "data/manifest.json", manifest, ct);

        progress?.Report(new("Training LightGBM", 0.5));
        var request = new BinaryTrainingRequest(Path.Combine(files.Folder, table.Path), DemoWorldColumns.Target,
            DemoWorldColumns.NumericFeatures, DemoWorldColumns.CategoricalFeatures)
        {
            TrainBefore = new TimeCutoff(DemoWorldColumns.Time, world.Start.AddMonths(options.TrainingMonths)),
        };
        await store.Runs.LogParamsAsync(run.Id, Params(options, request), ct);
        var trained = await Task.Run(() => new LightGbmClassifierTrainer(context).Train(request, ct), ct);

        progress?.Report(new("Recording the model", 0.85));
        var metrics = trained.TestMetrics.Add("fit_seconds", trained.FitTime.TotalSeconds);
        var now = context.Now;
        await store.Runs.LogMetricsAsync(run.Id, [.. metrics.Select(m => new MetricPoint(m.Key, m.Value, 0, now))], ct);
        await store.Runs.LogParamsAsync(run.Id, new Dictionary<string, string>
        {
            ["data.train_rows"] = trained.TrainRows.ToString(CultureInfo.InvariantCulture),
            ["data.test_rows"] = trained.TestRows.ToString(CultureInfo.InvariantCulture),
        }, ct);
        await using (var model = new MemoryStream(trained.ModelFile))
            await store.Runs.LogArtifactAsync(run.Id, ModelArtifact, model, ct);

        var signature = new TableSchema(DemoWorldColumns.Schema.Columns.Where(c =>
            request.NumericFeatures.Contains(c.Name) || request.CategoricalFeatures.Contains(c.Name)));
        var version = await store.Models.RegisterVersionAsync(new NewModelVersion(DemoOptions.ModelName, run.Id, ModelArtifact, signature)
        {
            DatasetVersionId = dataset.Id,
            Metrics = trained.TestMetrics,
            Description = "LightGBM on the demo world's first months, from carbet demo.",
        }, ct);
        progress?.Report(new("Setting the champion alias", 0.95));
        var change = await store.Models.SetAliasAsync(DemoOptions.ModelName, "champion", version.Version, options.Actor, ct);

        return new DemoSummary(run.Id, run.Experiment, DemoOptions.ModelName, version.Version, "champion", change.FromVersion,
            metrics, dataset.Id, files.Folder, files.Applications, trained.TrainRows, trained.TestRows,
            store.Description, store.Artifacts.Root, TimeSpan.Zero);
    }

    private Dictionary<string, string> Params(DemoOptions options, BinaryTrainingRequest request)
    {
        var values = new Dictionary<string, string>(request.Settings.ToParams())
        {
            ["seed"] = context.Seed.ToString(CultureInfo.InvariantCulture),
            ["demo.months"] = options.Months.ToString(CultureInfo.InvariantCulture),
            ["demo.applications_per_month"] = options.ApplicationsPerMonth.ToString(CultureInfo.InvariantCulture),
            ["demo.training_months"] = options.TrainingMonths.ToString(CultureInfo.InvariantCulture),
            ["data.target"] = request.Target,
            ["data.train_before"] = request.TrainBefore?.Before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["data.test_fraction"] = request.TestFraction.ToString("R", CultureInfo.InvariantCulture),
            ["features.numeric"] = string.Join(",", request.NumericFeatures),
            ["features.categorical"] = string.Join(",", request.CategoricalFeatures),
            ["family"] = "lightgbm",
        };
        return values;
    }
}
