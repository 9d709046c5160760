using System.Collections.Immutable;
using System.Diagnostics;

using Carbet.Core;
using Carbet.Modeling.Features;
using Carbet.Modeling.Training;

using Microsoft.ML;

namespace Carbet.Modeling.Families;

/// <summary>Fits any <see cref="IModelFamily"/> on a CSV file: once on a train/test split, or across stratified or time-ordered folds.</summary>
/// <remarks>Every random choice comes from a named stream of the context's seed and trainers run on one thread,
/// so the same file, family, values and seed give the same metrics. The split and the folds do not depend on
/// the family, so families are compared on the same rows. Columns become features as the request's
/// <see cref="FeaturePlan"/> says, planned from the rows of <see cref="BinaryTrainingRequest.CsvPath"/>.</remarks>
public sealed class FamilyTrainer(CarbetContext context)
{
    /// <summary>Trains on the request's training rows and scores the held-out rows (those of
    /// <see cref="BinaryTrainingRequest.TestCsvPath"/> when given).</summary>
    public FamilyTrainingResult Train(BinaryTrainingRequest request, IModelFamily family, HyperParameters parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(family);
        var values = Complete(family, parameters);
        if (request.TestFraction is < 0.05 or > 0.5)
            throw new UserErrorException($"The test fraction {request.TestFraction} is outside 0.05 to 0.5.", "Hold out between 5% and 50% of the rows.");
        var ml = new MLContext(context.SeedFor($"train/{family.Name}")) { GpuDeviceId = null };
        var data = TrainingData.Load(ml, request);
        var plan = FeaturePlanner.Plan(request, data);
        var split = request.TestCsvPath is { } testCsv
            ? (TrainSet: data, TestSet: TrainingData.Load(ml, request with { CsvPath = testCsv, TrainBefore = null }))
            : Split(ml.Data.TrainTestSplit(data, request.TestFraction, seed: context.SeedFor("train/split")));
        var (trainRows, testRows) = (TrainingData.Count(split.TrainSet), TrainingData.Count(split.TestSet));
        if (trainRows < 20 || testRows < 5)
            throw new UserErrorException($"'{request.CsvPath}' leaves {trainRows} training and {testRows} test rows, too few to learn from.", "Give at least a few hundred labelled rows.");

        ct.ThrowIfCancellationRequested();
        var fitWatch = Stopwatch.StartNew();
        var model = FeaturePipeline.Fit(ml, split.TrainSet, plan, family, values, context.SeedFor($"train/{family.Name}/model"),
            context.CreateRandom($"train/{family.Name}/encoding"));
        fitWatch.Stop();
        var scored = model.Transform(split.TestSet);
        var scoreWatch = Stopwatch.StartNew();
        var rows = ml.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: false).ToList();
        scoreWatch.Stop();
        var metrics = ml.BinaryClassification.Evaluate(scored, FamilyColumns.Label);
        using var file = new MemoryStream();
        ml.Model.Save(model, split.TrainSet.Schema, file);
        var trained = new TrainedBinaryModel(file.ToArray(), FamilyMetrics.ToDictionary(metrics), trainRows, testRows, fitWatch.Elapsed,
            [.. rows.Select(r => (double)r.Probability)], [.. rows.Select(r => r.Label ? 1 : 0)]);
        return new FamilyTrainingResult(family.Name, values, trained, scoreWatch.Elapsed / Math.Max(1, rows.Count));
    }

    /// <summary>Fits the family <paramref name="folds"/> times, each time scoring the AUC on one held-out fold.</summary>
    /// <remarks>Uses every row before <see cref="BinaryTrainingRequest.TrainBefore"/>; the test fraction is ignored.
    /// Without <see cref="BinaryTrainingRequest.TimeColumn"/> folds are stratified: each holds the overall positive share
    /// to within one row. With it they are time-ordered: fold k tests on the (k+1)-th of folds + 1 blocks of rows in
    /// time order and trains on the rows before that block only.</remarks>
    public CrossValidationResult CrossValidate(BinaryTrainingRequest request, IModelFamily family, HyperParameters parameters, int folds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(family);
        var values = Complete(family, parameters);
        if (folds is < 2 or > 20)
            throw new UserErrorException($"{folds} cross-validation folds is outside 2 to 20.", "Use between 2 and 20 folds; 5 is usual.");
        var ml = new MLContext(context.SeedFor($"cv/{family.Name}")) { GpuDeviceId = null };
        var data = ml.Data.Cache(TrainingData.Load(ml, request));
        var labels = ml.Data.CreateEnumerable<LabelRow>(data, reuseRowObject: false).Select(r => r.Target).ToList();
        var plan = FeaturePlanner.Plan(request, data);
        var (positives, negatives) = (labels.Count(l => l), labels.Count(l => !l));
        if (Math.Min(positives, negatives) < folds * 2)
            throw new UserErrorException($"'{request.CsvPath}' has {positives} positive and {negatives} negative rows, too few for {folds} folds.",
                "Give more labelled rows of the rarer class, or use fewer folds.");
        var splits = request.TimeColumn is { } time
            ? CrossValidationSplits.TimeOrderedOf(ReadTimes(ml, data), labels, folds, time)
            : CrossValidationSplits.StratifiedOf(labels, folds, context.CreateRandom("cv/folds"));

        var results = ImmutableArray.CreateBuilder<CrossValidationFold>(folds);
        for (var fold = 0; fold < folds; fold++)
        {
            ct.ThrowIfCancellationRequested();
            var (train, test) = (new FoldView(data, splits.Folds[fold].Train), new FoldView(data, splits.Folds[fold].Test));
            var watch = Stopwatch.StartNew();
            var model = FeaturePipeline.Fit(ml, train, plan, family, values, context.SeedFor($"cv/{family.Name}/fold{fold}"),
                context.CreateRandom($"cv/{family.Name}/fold{fold}/encoding"));
            watch.Stop();
            var metrics = ml.BinaryClassification.Evaluate(model.Transform(test), FamilyColumns.Label);
            // Counted through the views rather than the assignment, so a misaligned view shows in the result.
            var testLabels = ml.Data.CreateEnumerable<LabelRow>(test, reuseRowObject: false).Select(r => r.Target).ToList();
            results.Add(new CrossValidationFold(fold, TrainingData.Count(train), testLabels.Count, testLabels.Count(l => l),
                metrics.AreaUnderRocCurve, watch.Elapsed));
        }
        return new CrossValidationResult(family.Name, values, results.MoveToImmutable()) { Method = splits.Method };
    }

    private static List<string> ReadTimes(MLContext ml, IDataView data) =>
        [.. ml.Data.CreateEnumerable<TimeRow>(data, reuseRowObject: false).Select(r => r.TimeOrder)];

    private static (IDataView TrainSet, IDataView TestSet) Split(DataOperationsCatalog.TrainTestData split) => (split.TrainSet, split.TestSet);

    private static HyperParameters Complete(IModelFamily family, HyperParameters? parameters)
    {
        var given = parameters ?? HyperParameters.None;
        given.Validate(family.Name, family.Space);
        return new HyperParameters(HyperParameters.Default(family.Space).Values.SetItems(given.Values));
    }

    private sealed class ScoredRow
    {
        public bool Label { get; set; }

        public float Probability { get; set; }
    }

    private sealed class LabelRow
    {
        public bool Target { get; set; }
    }

    private sealed class TimeRow
    {
        public string TimeOrder { get; set; } = "";
    }
}
