using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Tables;
using Carbet.Data.Writing;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Tasks;
using Carbet.Tracking;
using Carbet.Tracking.Datasets;

namespace Carbet.Lifecycle.Training;

/// <summary>What a multiclass or regression train or tune reads: the newest prepared dataset version, its split as
/// <c>carbet data prepare</c> made it, the encoded target, and the training and test rows written as CSV for the trainers.</summary>
/// <param name="Version">The prepared dataset version.</param>
/// <param name="Table">Its rows (only those before the cutoff when one is given).</param>
/// <param name="Split">The split of <paramref name="Table"/>.</param>
/// <param name="Target">The target and, for multiclass, its classes.</param>
/// <param name="TrainRows">The training rows: train and validation of the split, in row order.</param>
/// <param name="Inputs">The input columns, as the binary request names them (for signatures and exclusions).</param>
/// <param name="Request">The trainers' request.</param>
/// <param name="Window">The time cutoff's counts, when one was given.</param>
internal sealed record TaskTrainingInputs(DatasetVersionSnapshot Version, DataTable Table, DataSplit Split, TaskTarget Target, List<int> TrainRows,
    Modeling.Training.BinaryTrainingRequest Inputs, TaskTrainingRequest Request, TimeWindow? Window)
{
    public static async Task<TaskTrainingInputs> LoadAsync(IStore store, CarbetContext context, ProjectFile project, string workFolder, DateTime? knownBefore,
        int folds, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        var task = project.Task;
        var version = await PreparedData.NewestAsync(store, project, ct);
        progress?.Report(new($"Reading {version.Dataset} v{version.Version}", 0.01));
        DataTable table;
        await using (var stream = store.Artifacts.OpenRead(version.ContentHash))
            table = await ParquetTableWriter.ReadAsync(stream, "prepared", ct);
        var window = knownBefore is { } before ? TrainingInputs.Cut(table, project, before) : null;
        table = window?.Table ?? table;

        // the same options and seed as carbet data prepare, so the test rows are the ones its split.json lists
        var split = Splitter.Split(table, ProjectData.SplitOptions(project, context.Seed), context);
        var target = TaskTarget.Of(table, ModelInputs.TargetColumn(table, project), task);
        var encoded = target.Encode(table);
        var trainRows = split.Train.Concat(split.Validation).Order().ToList();
        target.CheckCounts(encoded, trainRows, split.Test, folds);
        var (trainCsv, testCsv) = (Path.Combine(workFolder, "train.csv"), Path.Combine(workFolder, "test.csv"));
        await DataTableCsv.WriteAsync(encoded, trainCsv, trainRows, ct);
        await DataTableCsv.WriteAsync(encoded, testCsv, split.Test, ct);
        var inputs = ModelInputs.Request(table, trainCsv, project);
        var request = new TaskTrainingRequest(task, trainCsv, testCsv, inputs.Target, inputs.NumericFeatures, inputs.CategoricalFeatures)
        {
            ClassCount = target.Classes.Length,
            DateFeatures = inputs.DateFeatures,
            TimeColumn = inputs.TimeColumn,
            Features = project.Features,
        };
        return new TaskTrainingInputs(version, table, split, target, trainRows, inputs, request, window);
    }
}
