using System.Globalization;
using System.Text.Json;

using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Reading;
using Carbet.Lifecycle.Project;
using Carbet.Tracking;
using Carbet.Tracking.Datasets;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>What <c>carbet data prepare</c> produced: the raw and prepared versions, every step's report, the split and the datasheet.</summary>
public sealed record PrepareSummary(
    string RunId,
    DatasetVersionSnapshot RawVersion,
    DatasetVersionSnapshot PreparedVersion,
    LoadReport Load,
    PreparationResult Preparation,
    DataSplit Split,
    string DatasheetFolder);

/// <summary><c>carbet data prepare</c> (C3): applies the recipe, versions the result as Parquet with its lineage, splits it and writes the datasheet.</summary>
public sealed class DataPrepareWorkflow(IStore store, CarbetContext context)
{
    /// <summary>Prepares the project's source.</summary>
    public async Task<PrepareSummary> RunAsync(ProjectFile project, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        var loaded = await ProjectData.LoadAsync(project, progress, ct);
        return await RecordedRun.RecordAsync(store, project.Name, "prepare", project.Folder, "data prepare", async run =>
        {
            var raw = await DataProfileWorkflow.RegisterRawAsync(store, run, project, loaded, ct);
            progress?.Report(new("Preparing", 0.4));
            var fitted = RecipeRunner.Fit(loaded.Table, PreparationRecipe.For(project, loaded.Table), ct);
            var result = RecipeRunner.Apply(loaded.Table, fitted, ct);
            var target = PreparationRecipe.Renamed(project.Data.Target);
            if (result.Table.Find(target) is null)
                throw new UserErrorException($"The recipe removed the target '{project.Data.Target}'.", "Keep the target out of data.exclude and of the columns dropped as empty.");

            progress?.Report(new("Versioning and splitting", 0.75));
            var parquet = await DataProfileWorkflow.ParquetBytesAsync(result.Table, ct);
            var artifact = await run.LogBytesAsync("data/prepared.parquet", parquet, ct);
            var recipeJson = fitted.Recipe.ToJson();
            var prepared = await store.Datasets.RegisterVersionAsync(new NewDatasetVersion(ProjectData.DatasetNames(project).Prepared, artifact.Sha256, result.Table.Schema, result.Table.RowCount)
            {
                ParentId = raw.Id,
                Recipe = recipeJson,
                Source = $"prepared from {raw.Dataset} v{raw.Version}",
            }, ct);
            var split = Splitter.Split(result.Table, ProjectData.SplitOptions(project, context.Seed), context);

            await run.LogTextAsync("data/recipe.json", recipeJson, ct);
            await run.LogTextAsync("data/split.json", JsonSerializer.Serialize(split, ReportJson.Options), ct);
            var entries = PreparationReport.Entries(result);
            await run.LogTextAsync(PreparationReport.ArtifactPath, JsonSerializer.Serialize(entries, ReportJson.Options), ct);
            await run.LogParamsAsync(new Dictionary<string, string>
            {
                ["dataset.version_id"] = prepared.Id,
                ["dataset.parent_id"] = raw.Id,
                ["split.method"] = split.Method,
                ["split.train"] = split.Train.Length.ToString(CultureInfo.InvariantCulture),
                ["split.validation"] = split.Validation.Length.ToString(CultureInfo.InvariantCulture),
                ["split.test"] = split.Test.Length.ToString(CultureInfo.InvariantCulture),
                ["seed"] = context.Seed.ToString(CultureInfo.InvariantCulture),
            }, ct);
            await run.LogMetricsAsync(new Dictionary<string, double>
            {
                ["rows_before"] = result.RowsBefore,
                ["rows_after"] = result.RowsAfter,
                ["rows_dropped"] = result.RowsDropped,
                ["cells_changed"] = result.Steps.Sum(s => (double)s.CellsChanged),
            }, context.Now, ct);

            progress?.Report(new("Writing the datasheet", 0.9));
            var folder = await DatasheetWriter.WriteAsync(store, run, project, prepared, raw.Rows, entries, DescribeSplit(split), ct);
            return new PrepareSummary(run.Id, raw, prepared, loaded.Report, result, split, folder);
        }, ct);
    }

    private static string DescribeSplit(DataSplit split) => string.Create(CultureInfo.InvariantCulture,
        $"{split.Method}: {split.Train.Length:N0} train, {split.Validation.Length:N0} validation, {split.Test.Length:N0} test rows");
}
