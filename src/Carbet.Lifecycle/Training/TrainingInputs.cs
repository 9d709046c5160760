using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Tables;
using Carbet.Data.Writing;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Training;
using Carbet.Tracking;
using Carbet.Tracking.Datasets;

namespace Carbet.Lifecycle.Training;

/// <summary>The newest prepared dataset version of a project as <c>carbet train</c> and <c>carbet tune</c> read it: the table, the
/// split of <c>carbet data prepare</c>, the binary target, and the training and test rows as CSV files in a work folder.</summary>
internal sealed record TrainingInputs(DatasetVersionSnapshot Version, DataTable Table, DataSplit Split, BinaryTarget Target, BinaryTrainingRequest Request)
{
    public static async Task<TrainingInputs> LoadAsync(IStore store, CarbetContext context, ProjectFile project, string workFolder,
        IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        var versions = await store.Datasets.ListVersionsAsync(ProjectData.DatasetNames(project).Prepared, ct);
        var version = versions.IsEmpty
            ? throw new UserErrorException($"Project '{project.Name}' has no prepared dataset version to train on.", "Run carbet data prepare first.")
            : versions[^1];
        progress?.Report(new($"Reading {version.Dataset} v{version.Version}", 0.01));
        DataTable table;
        await using (var stream = store.Artifacts.OpenRead(version.ContentHash))
            table = await ParquetTableWriter.ReadAsync(stream, "prepared", ct);
        // the same options and seed as carbet data prepare, so the test rows are the ones its split.json lists
        var split = Splitter.Split(table, ProjectData.SplitOptions(project, context.Seed), context);
        var (trainCsv, testCsv) = (Path.Combine(workFolder, "train.csv"), Path.Combine(workFolder, "test.csv"));
        var target = BinaryTarget.Of(table, ModelInputs.TargetColumn(table, project), project.Data.Positive);
        var encoded = target.Encode(table);
        await DataTableCsv.WriteAsync(encoded, trainCsv, split.Train.Concat(split.Validation).Order(), ct);
        await DataTableCsv.WriteAsync(encoded, testCsv, split.Test, ct);
        return new(version, table, split, target, ModelInputs.Request(table, trainCsv, project) with { TestCsvPath = testCsv });
    }
}
