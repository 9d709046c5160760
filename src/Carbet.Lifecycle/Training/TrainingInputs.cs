using System.Globalization;

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
    /// <value>What a cutoff date left out; null without one.</value>
    public TimeWindow? Window { get; init; }

    /// <param name="knownBefore">Keeps only the rows whose data.time is before this date, then splits them as data prepare
    /// would; null keeps every row and the split of data prepare.</param>
    /// <param name="datasetVersionId">The prepared dataset version to read; null reads the newest.</param>
    public static async Task<TrainingInputs> LoadAsync(IStore store, CarbetContext context, ProjectFile project, string workFolder,
        IProgress<WorkflowProgress>? progress, CancellationToken ct, DateTime? knownBefore = null, string? datasetVersionId = null)
    {
        var version = datasetVersionId is { } id
            ? await store.Datasets.GetAsync(id, ct) ?? throw new UserErrorException($"The dataset version {id} is not in the store.",
                "Open the store the model was trained with (--store), or train the model again on the data of this store.")
            : await NewestAsync(store, project, ct);
        progress?.Report(new($"Reading {version.Dataset} v{version.Version}", 0.01));
        DataTable table;
        await using (var stream = store.Artifacts.OpenRead(version.ContentHash))
            table = await ParquetTableWriter.ReadAsync(stream, "prepared", ct);
        var window = knownBefore is { } before ? Cut(table, project, before) : null;
        table = window?.Table ?? table;
        // the same options and seed as carbet data prepare, so the test rows are the ones its split.json lists
        var split = Splitter.Split(table, ProjectData.SplitOptions(project, context.Seed), context);
        var (trainCsv, testCsv) = (Path.Combine(workFolder, "train.csv"), Path.Combine(workFolder, "test.csv"));
        var target = BinaryTarget.Of(table, ModelInputs.TargetColumn(table, project), project.Data.Positive);
        var encoded = target.Encode(table);
        await DataTableCsv.WriteAsync(encoded, trainCsv, split.Train.Concat(split.Validation).Order(), ct);
        await DataTableCsv.WriteAsync(encoded, testCsv, split.Test, ct);
        return new(version, table, split, target, ModelInputs.Request(table, trainCsv, project) with { TestCsvPath = testCsv }) { Window = window };
    }

    private static async Task<DatasetVersionSnapshot> NewestAsync(IStore store, ProjectFile project, CancellationToken ct)
    {
        var versions = await store.Datasets.ListVersionsAsync(ProjectData.DatasetNames(project).Prepared, ct);
        return versions.IsEmpty
            ? throw new UserErrorException($"Project '{project.Name}' has no prepared dataset version to train on.", "Run carbet data prepare first.")
            : versions[^1];
    }

    /// <summary>What the data and its split were, as the params of a train or retrain run, for the model inputs of
    /// <paramref name="request"/>.</summary>
    public Dictionary<string, string> Params(BinaryTrainingRequest request, int folds, int seed) => new()
    {
        ["cv.folds"] = folds.ToString(CultureInfo.InvariantCulture),
        ["dataset.version_id"] = Version.Id,
        ["split.method"] = Split.Method,
        ["data.train_rows"] = (Split.Train.Length + Split.Validation.Length).ToString(CultureInfo.InvariantCulture),
        ["data.test_rows"] = Split.Test.Length.ToString(CultureInfo.InvariantCulture),
        ["data.target"] = request.Target,
        ["data.positive"] = Target.Positive,
        ["data.positive_rule"] = Target.How,
        ["features.numeric"] = string.Join(",", request.NumericFeatures),
        ["features.categorical"] = string.Join(",", request.CategoricalFeatures),
        ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
    };

    public static TimeWindow Cut(DataTable table, ProjectFile project, DateTime before) => project.Data.Time is { } time
        ? TimeWindow.Before(table, ModelInputs.InTable(table, time), before)
        : throw new UserErrorException("A training cutoff date needs data.time in carbet.yaml, and the project has none.",
            "Set data.time to the column that dates each row, or train without --before.");
}
