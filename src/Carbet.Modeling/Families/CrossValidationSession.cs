using System.Collections.Immutable;
using System.Diagnostics;

using Carbet.Core;
using Carbet.Modeling.Boosting;
using Carbet.Modeling.Curves;
using Carbet.Modeling.Explanation;
using Carbet.Modeling.Features;
using Carbet.Modeling.Training;

using Microsoft.ML;

namespace Carbet.Modeling.Families;

/// <summary>The training rows of a request, read once and cut into folds once, so that many hyperparameter settings
/// (a tuning study's trials) are cross-validated on exactly the same folds.</summary>
/// <remarks>Fold <c>k</c> of family <c>f</c> is fitted with the seed named <c>cv/f/fold k</c> whatever the values, so the
/// defaults scored here and by <see cref="FamilyTrainer.CrossValidate"/> agree. Each fold's features are fitted once per
/// family, on first use, and kept with the session (one featurized copy of the rows per fold and family evaluated); a
/// trial then fits only its trainer on them, with the same rows, values and seed as a fit of the whole chain. SDCA, whose
/// trainer is not seeded, fits the whole chain each time.</remarks>
public sealed class CrossValidationSession
{
    private readonly CarbetContext _context;
    private readonly BinaryTrainingRequest _request;
    private readonly MLContext _ml;
    private readonly IDataView _data;
    private readonly CrossValidationSplits _splits;
    private readonly FeaturePlan _plan;
    private readonly FoldFeatureCache _features;
    private int _nativeFits;

    /// <summary>Reads the request's rows (every row before its time cutoff; the test file is not read) and assigns the folds.</summary>
    public CrossValidationSession(CarbetContext context, BinaryTrainingRequest request, int folds)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (folds is < 2 or > 20)
            throw new UserErrorException($"{folds} cross-validation folds is outside 2 to 20.", "Use between 2 and 20 folds; 5 is usual.");
        (_context, _request, Folds) = (context, request with { TestCsvPath = null }, folds);
        _ml = new MLContext(context.SeedFor("cv")) { GpuDeviceId = null };
        _data = _ml.Data.Cache(TrainingData.Load(_ml, _request));
        var labels = _ml.Data.CreateEnumerable<LabelRow>(_data, reuseRowObject: false).Select(r => r.Target).ToList();
        var (positives, negatives) = (labels.Count(l => l), labels.Count(l => !l));
        if (Math.Min(positives, negatives) < folds * 2)
            throw new UserErrorException($"'{request.CsvPath}' has {positives} positive and {negatives} negative rows, too few for {folds} folds.",
                "Give more labelled rows of the rarer class, or use fewer folds.");
        _plan = FeaturePlanner.Plan(_request, _data);
        _splits = request.TimeColumn is { } time
            ? CrossValidationSplits.TimeOrderedOf([.. _ml.Data.CreateEnumerable<TimeRow>(_data, reuseRowObject: false).Select(r => r.TimeOrder)], labels, folds, time)
            : CrossValidationSplits.StratifiedOf(labels, folds, context.CreateRandom("cv/folds"));
        Rows = labels.Count;
        _features = new FoldFeatureCache(context, _data, _splits, _plan);
    }

    /// <summary>The number of folds.</summary>
    public int Folds { get; }

    /// <summary>How rows were assigned to folds: stratified, or time-ordered when the request has a time column.</summary>
    public string Method => _splits.Method;

    /// <summary>The number of training rows.</summary>
    public int Rows { get; }

    /// <summary>Whether each trial reuses the folds' featurized rows (true, the default) or fits the whole feature chain
    /// again, the reference the reuse is checked against.</summary>
    internal bool ReuseFeatures { get; init; } = true;

    /// <summary>Whether LightGBM folds without missing values are fitted through LightGBM's C API (true, the default) rather
    /// than ML.NET's trainer, the reference the C API path is checked against. Curves come from the same trees, summed iteration by iteration.</summary>
    internal bool NativeBoosting { get; init; } = true;

    /// <summary>The most folds fitted at a time; the default is the number of cores. Studies that run trials side by side lower
    /// it, so that each trial's folds run in turn and the pruner can stop a trial after any of them.</summary>
    public int MaxFoldsInParallel { get; init; } = Environment.ProcessorCount;

    /// <summary>How many folds were fitted through LightGBM's C API so far.</summary>
    internal int NativeFits => _nativeFits;

    /// <summary>Fits and scores the family on each fold in turn. After each fold, <paramref name="afterFold"/> receives the fold
    /// number and the mean AUC so far; when it returns true the remaining folds are skipped. With <paramref name="withCurves"/>,
    /// the result carries the AUC by fold and, for boosted trees, log loss and AUC by iteration on the held-out rows.</summary>
    public CrossValidationResult Evaluate(IModelFamily family, HyperParameters parameters, Func<int, double, bool>? afterFold, CancellationToken ct,
        bool withCurves = false)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(parameters);
        // folds are independent and seeded each on its own, so they run side by side in batches, one per core, and
        // are reported in fold order after each batch: the same result on any number of cores
        var degree = family is MlpFamily ? 1 : Math.Clamp(MaxFoldsInParallel, 1, Folds);
        var done = new (CrossValidationFold Fold, StagedMetrics? Staged)[Folds];
        var results = ImmutableArray.CreateBuilder<CrossValidationFold>(Folds);
        var staged = new List<StagedMetrics>();
        var stop = false;
        for (var start = 0; start < Folds && !stop; start += degree)
        {
            var batch = Enumerable.Range(start, Math.Min(degree, Folds - start)).ToArray();
            Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = ct },
                fold => done[fold] = FitFold(family, parameters, fold, withCurves));
            foreach (var fold in batch)
            {
                results.Add(done[fold].Fold);
                if (done[fold].Staged is { } curve)
                    staged.Add(curve);
                if (afterFold?.Invoke(fold, results.Average(f => f.Auc)) == true)
                {
                    stop = true;
                    break;
                }
            }
        }
        var result = new CrossValidationResult(family.Name, parameters, results.ToImmutable()) { Method = _splits.Method };
        if (!withCurves)
            return result;
        var foldAuc = new TrainingCurve(CurveNames.FoldAuc, [.. result.Folds.Select(f => new CurvePoint(f.Index, f.Auc))]);
        return result with { Curves = [foldAuc, .. BoostingCurves.Average(staged, CurveNames.CvLogLoss, CurveNames.CvAuc)] };
    }

    private (CrossValidationFold Fold, StagedMetrics? Staged) FitFold(IModelFamily family, HyperParameters parameters, int fold, bool withCurves)
    {
        if (!ReuseFeatures || family is SdcaFamily)
            return FitFoldWithFeatures(family, parameters, fold, withCurves);
        if (family is LightGbmFamily && NativeBoosting && _features.GetDense(family, fold) is { HasMissing: false } dense)
            return FitFoldNative(family, parameters, fold, dense, withCurves);
        var features = _features.Get(family, fold);
        // a context per fold: contexts are not meant to be shared across threads
        var ml = new MLContext(_context.SeedFor($"cv/context/fold{fold}")) { GpuDeviceId = null };
        var watch = Stopwatch.StartNew();
        var model = family.BuildTrainer(ml, parameters, _context.SeedFor($"cv/{family.Name}/fold{fold}"), features.Rows.WeightColumn).Fit(features.Rows.Train);
        watch.Stop();
        var test = features.Rows.Test;
        var metrics = ml.BinaryClassification.Evaluate(model.Transform(test), FamilyColumns.Label);
        var staged = withCurves && StagedScorer.TryCreate(model, test, FamilyColumns.Label) is { } scorer
            ? BoostingCurves.Evaluate(scorer, BoostingCurves.DefaultMaxPoints) : null;
        return (new CrossValidationFold(fold, features.TrainRows, features.TestRows, features.TestPositives, metrics.AreaUnderRocCurve, watch.Elapsed), staged);
    }

    // LightGBM through its C API on the fold's matrices: the model ML.NET's trainer would fit, scored to the same float
    // scores, without ML.NET's lock that lets one LightGBM fit run at a time in the process
    private (CrossValidationFold Fold, StagedMetrics? Staged) FitFoldNative(IModelFamily family, HyperParameters parameters, int fold, DenseFold dense, bool withCurves)
    {
        var features = _features.Get(family, fold);
        var watch = Stopwatch.StartNew();
        var settings = LightGbmFamily.NativeParameters(parameters, _context.SeedFor($"cv/{family.Name}/fold{fold}"));
        var (scores, staged) = NativeLightGbm.FitAndScore(dense.Train, dense.Test, dense.TestLabels, settings, LightGbmFamily.IterationsOf(parameters),
            withCurves ? BoostingCurves.DefaultMaxPoints : null);
        watch.Stop();
        var auc = RankAuc.Compute([.. scores.Select(s => (float)s)], dense.TestLabels);
        Interlocked.Increment(ref _nativeFits);
        return (new CrossValidationFold(fold, features.TrainRows, features.TestRows, features.TestPositives, auc, watch.Elapsed), staged);
    }

    // SDCA takes no seed: it shuffles with the context's random stream, whose state depends on every component the
    // context made before the trainer, so only a fit of the whole chain gives today's model
    private (CrossValidationFold Fold, StagedMetrics? Staged) FitFoldWithFeatures(IModelFamily family, HyperParameters parameters, int fold, bool withCurves)
    {
        var ml = new MLContext(_context.SeedFor($"cv/context/fold{fold}")) { GpuDeviceId = null };
        var (train, test) = (new FoldView(_data, _splits.Folds[fold].Train), new FoldView(_data, _splits.Folds[fold].Test));
        var watch = Stopwatch.StartNew();
        var model = FeaturePipeline.Fit(ml, train, _plan, family, parameters, _context.SeedFor($"cv/{family.Name}/fold{fold}"),
            _context.CreateRandom($"cv/{family.Name}/fold{fold}/encoding"));
        watch.Stop();
        var metrics = ml.BinaryClassification.Evaluate(model.Transform(test), FamilyColumns.Label);
        var staged = withCurves && StagedScorer.TryCreate(model, test, FamilyColumns.Label) is { } scorer
            ? BoostingCurves.Evaluate(scorer, BoostingCurves.DefaultMaxPoints) : null;
        // Counted through the views rather than the assignment, so a misaligned view shows in the result.
        var testLabels = ml.Data.CreateEnumerable<LabelRow>(test, reuseRowObject: false).Select(r => r.Target).ToList();
        return (new CrossValidationFold(fold, TrainingData.Count(train), testLabels.Count, testLabels.Count(l => l), metrics.AreaUnderRocCurve, watch.Elapsed), staged);
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
