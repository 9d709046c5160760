using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;

using Carbet.Core;
using Carbet.Modeling.Curves;
using Carbet.Modeling.Families;
using Carbet.Modeling.Features;

using Microsoft.ML;

namespace Carbet.Modeling.Tasks;

/// <summary>Fits any <see cref="ITaskFamily"/> on a request's training rows: once, scoring the test rows, or across folds.</summary>
/// <remarks>Every random choice comes from a named stream of the context's seed and trainers run on one thread, so the same
/// files, family, values and seed give the same predictions. The folds do not depend on the family, so families are compared
/// on the same rows. Metrics are left to the caller: results carry the predictions.</remarks>
public sealed class TaskTrainer(CarbetContext context)
{
    private const int MinimumRows = 20;

    /// <summary>The feature plan made from the training rows, as every fit of the request uses it.</summary>
    public static FeaturePlan Plan(TaskTrainingRequest request)
    {
        Check(request);
        var ml = new MLContext(0) { GpuDeviceId = null };
        return TaskFeatures.Plan(request, TaskData.Load(ml, request, request.CsvPath));
    }

    /// <summary>Fits on every row of <see cref="TaskTrainingRequest.CsvPath"/> and predicts the rows of <see cref="TaskTrainingRequest.TestCsvPath"/>.</summary>
    public TaskFitResult Fit(TaskTrainingRequest request, ITaskFamily family, HyperParameters parameters, CancellationToken ct)
    {
        Check(request, family);
        var values = Complete(family, parameters);
        var stream = $"{Stream(request)}/train/{family.Name}";
        var ml = new MLContext(context.SeedFor(stream)) { GpuDeviceId = null };
        var train = ml.Data.Cache(TaskData.Load(ml, request, request.CsvPath));
        var test = TaskData.Load(ml, request, request.TestCsvPath);
        var trainRows = TaskData.Labels(train, request.Task).Length;
        if (trainRows < MinimumRows)
            throw new UserErrorException(Invariant($"'{request.CsvPath}' has {trainRows} training rows, too few to learn from."), "Give at least a few hundred labelled rows.");
        ct.ThrowIfCancellationRequested();
        var watch = Stopwatch.StartNew();
        var model = TaskFeatures.Build(ml, TaskFeatures.Plan(request, train), family, values, context.SeedFor(stream + "/model")).Fit(train);
        watch.Stop();
        var scoreWatch = Stopwatch.StartNew();
        var predictions = TaskData.Predictions(model.Transform(test), request);
        scoreWatch.Stop();
        return new TaskFitResult(family.Name, values, FamilyModelFile.Save(ml, model, train.Schema), trainRows, watch.Elapsed,
            scoreWatch.Elapsed / Math.Max(1, predictions.Rows), predictions);
    }

    /// <summary>Fits the family <paramref name="folds"/> times on the training rows, each time predicting one held-out fold.</summary>
    /// <remarks>Folds are stratified by class for multiclass (each fold holds every class's share to within one row) and
    /// random for regression; with <see cref="TaskTrainingRequest.TimeColumn"/> they are time-ordered for both: fold k tests
    /// on the (k+1)-th of folds + 1 blocks of rows in time order and trains on the rows before it. The test file is not read.
    /// After each fold, <paramref name="afterFold"/> (when given) receives it; when it returns true the remaining folds are
    /// skipped, as a tuning pruner asks. With <paramref name="withCurves"/>, a boosted regression family's result carries
    /// the held-out RMSE by boosting iteration, averaged over the folds.</remarks>
    public TaskCrossValidationResult CrossValidate(TaskTrainingRequest request, ITaskFamily family, HyperParameters parameters, int folds, CancellationToken ct,
        Func<TaskFold, bool>? afterFold = null, bool withCurves = false)
    {
        Check(request, family);
        if (folds is < 2 or > 20)
            throw new UserErrorException(Invariant($"{folds} cross-validation folds is outside 2 to 20."), "Use between 2 and 20 folds; 5 is usual.");
        var values = Complete(family, parameters);
        var ml = new MLContext(context.SeedFor($"{Stream(request)}/cv")) { GpuDeviceId = null };
        var data = ml.Data.Cache(TaskData.Load(ml, request, request.CsvPath));
        var splits = Split(request, data, folds);
        var plan = TaskFeatures.Plan(request, data);
        var results = ImmutableArray.CreateBuilder<TaskFold>(folds);
        var staged = new List<TrainingCurve>();
        for (var fold = 0; fold < folds; fold++)
        {
            ct.ThrowIfCancellationRequested();
            var (train, test) = (new FoldView(data, splits.Folds[fold].Train), new FoldView(data, splits.Folds[fold].Test));
            var watch = Stopwatch.StartNew();
            var model = TaskFeatures.Build(ml, plan, family, values, context.SeedFor($"{Stream(request)}/cv/{family.Name}/fold{fold}")).Fit(train);
            watch.Stop();
            results.Add(new TaskFold(fold, splits.Folds[fold].Train.Count(t => t), watch.Elapsed, TaskData.Predictions(model.Transform(test), request)));
            if (withCurves && request.Task == TaskKind.Regression && BoostingCurves.RegressionRmse(model, test, TaskColumns.Label) is { } curve)
                staged.Add(curve);
            if (afterFold?.Invoke(results[^1]) == true)
                break;
        }
        return new TaskCrossValidationResult(family.Name, values, splits.Method, results.ToImmutable())
        {
            Curves = staged.Count == 0 ? [] : [BoostingCurves.Average(CurveNames.CvRmse, staged)],
        };
    }

    /// <summary>Every parameter of the family's space: the given values, else the defaults; a value out of range is refused.</summary>
    public static HyperParameters Complete(ITaskFamily family, HyperParameters? parameters)
    {
        ArgumentNullException.ThrowIfNull(family);
        var given = parameters ?? HyperParameters.None;
        given.Validate(family.Name, family.Space);
        return new HyperParameters(HyperParameters.Default(family.Space).Values.SetItems(given.Values));
    }

    private CrossValidationSplits Split(TaskTrainingRequest request, IDataView data, int folds)
    {
        var labels = TaskData.Labels(data, request.Task);
        if (labels.Length < Math.Max(MinimumRows, folds * 2))
            throw new UserErrorException(Invariant($"'{request.CsvPath}' has {labels.Length} training rows, too few for {folds} folds."), "Give more labelled rows, or use fewer folds.");
        var times = request.TimeColumn is null ? [] : TaskData.Times(data);
        if (request.Task == TaskKind.Regression)
        {
            return request.TimeColumn is null
                ? CrossValidationSplits.RandomOf(labels.Length, folds, context.CreateRandom("regression/cv/folds"))
                : CrossValidationSplits.TimeOrderedOf(times, folds);
        }
        var classes = labels.Select(l => (int)l).ToList();
        if (request.TimeColumn is { } time)
            return CrossValidationSplits.TimeOrderedOf(times, classes, request.ClassCount, folds, time);
        for (var k = 0; k < request.ClassCount; k++)
        {
            var count = classes.Count(c => c == k);
            if (count < folds)
                throw new UserErrorException(Invariant($"Class {k} of '{request.Target}' has {count} training rows, fewer than the {folds} folds."),
                    "Give more rows of the rarer classes, group them in preparation.category_mappings, or use fewer folds.");
        }
        return CrossValidationSplits.StratifiedOf(classes, folds, context.CreateRandom("multiclass/cv/folds"));
    }

    private static void Check(TaskTrainingRequest request, ITaskFamily? family = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Task == TaskKind.Binary)
            throw new ArgumentException("Binary requests are trained by FamilyTrainer.", nameof(request));
        if (request.Task == TaskKind.Multiclass && request.ClassCount < 2)
            throw new UserErrorException(Invariant($"The target '{request.Target}' has {request.ClassCount} class, and a multiclass model needs at least two."),
                "Give data with at least two classes, or choose another target.");
        if (family is not null && family.Task != request.Task)
            throw new UserErrorException($"'{family.Name}' is a {Lower(family.Task)} family, not {Lower(request.Task)}.",
                $"Use one of: {string.Join(", ", TaskFamilies.For(request.Task).Select(f => f.Name))}.");
    }

    private static string Stream(TaskTrainingRequest request) => Lower(request.Task);

    private static string Lower(TaskKind task) => task.ToString().ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
