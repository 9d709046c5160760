using System.Diagnostics;

using Carbet.Core;
using Carbet.Modeling.Features;
using Carbet.Modeling.Neural;
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
    public FamilyTrainingResult Train(BinaryTrainingRequest request, IModelFamily family, HyperParameters parameters, CancellationToken ct) =>
        Train(request, family, parameters, FamilyFitOptions.None, ct);

    /// <summary>As <see cref="Train(BinaryTrainingRequest, IModelFamily, HyperParameters, CancellationToken)"/>, continuing from
    /// <see cref="FamilyFitOptions.Parent"/> when given (see <see cref="FamilyTransfer.Describe"/>) and pruning through
    /// <see cref="FamilyFitOptions.Prune"/>. With a parent and no <paramref name="parameters"/>, the parent's recorded ones are used.</summary>
    public FamilyTrainingResult Train(BinaryTrainingRequest request, IModelFamily family, HyperParameters parameters, FamilyFitOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Parent is { } parent && !string.Equals(parent.Family, family.Name, StringComparison.OrdinalIgnoreCase))
            throw new UserErrorException($"The parent model {parent.ParentId} is of the {parent.Family} family, not {family.Name}.",
                $"Transfer from a {family.Name} model, or train without a parent.");
        var values = Complete(family, options.Parent is { } recorded && (parameters ?? HyperParameters.None).Values.IsEmpty ? recorded.Parameters : parameters);
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
            context.CreateRandom($"train/{family.Name}/encoding"), options);
        fitWatch.Stop();
        var scored = model.Transform(split.TestSet);
        var scoreWatch = Stopwatch.StartNew();
        var rows = ml.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: false).ToList();
        scoreWatch.Stop();
        var metrics = ml.BinaryClassification.Evaluate(scored, FamilyColumns.Label);
        var trained = new TrainedBinaryModel(FamilyModelFile.Save(ml, model, split.TrainSet.Schema), FamilyMetrics.ToDictionary(metrics), trainRows, testRows, fitWatch.Elapsed,
            [.. rows.Select(r => (double)r.Probability)], [.. rows.Select(r => r.Label ? 1 : 0)]);
        return new FamilyTrainingResult(family.Name, values, trained, scoreWatch.Elapsed / Math.Max(1, rows.Count))
        {
            Curve = [.. (FamilyModelFile.Find<MlpTransformer>(model)?.Curve ?? []).Select(e => (e.Epoch, e.TrainLoss, e.ValidationLoss))],
            Parent = options.Parent?.ParentId,
        };
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
        return new CrossValidationSession(context, request, folds).Evaluate(family, Complete(family, parameters), afterFold: null, ct, withCurves: true);
    }

    private static (IDataView TrainSet, IDataView TestSet) Split(DataOperationsCatalog.TrainTestData split) => (split.TrainSet, split.TestSet);

    /// <summary>Every parameter of the family's space: the given values, else the defaults; a value out of range is refused.</summary>
    public static HyperParameters Complete(IModelFamily family, HyperParameters? parameters)
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
}
