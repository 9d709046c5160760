using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Evaluation.Classification;
using Carbet.Evaluation.Regression;
using Carbet.Modeling.Curves;
using Carbet.Modeling.Energy;
using Carbet.Modeling.Tasks;

namespace Carbet.Lifecycle.Training;

/// <summary>One multiclass or regression family's cross-validation, its fit on every training row and the evaluation of both.</summary>
/// <param name="FoldScores">Per fold: macro-F1 for multiclass, RMSE for regression.</param>
/// <param name="FoldLosses">Per fold: log loss for multiclass, MAE for regression.</param>
/// <param name="FoldR2">Per fold R² for regression; empty for multiclass.</param>
internal sealed record TaskOutcome(string RunId, TaskKind Task, TaskCrossValidationResult Cv, TaskFitResult Fit,
    ImmutableArray<double> FoldScores, ImmutableArray<double> FoldLosses, ImmutableArray<double> FoldR2)
{
    public string Family => Cv.Family;

    /// <value>The test evaluation of a multiclass fit; null for regression.</value>
    public MulticlassEvaluation? Classes { get; init; }

    /// <value>The test evaluation of a regression fit; null for multiclass.</value>
    public RegressionEvaluation? Values { get; init; }

    /// <summary>The energy of the cross-validation and the fit together; null when not measured.</summary>
    public EnergyMeasurement? Energy { get; init; }

    public GridIntensity Grid { get; init; } = GridIntensity.World;

    /// <summary>The study that chose this entry's values, when it was tuned.</summary>
    public Lifecycle.Tuning.TuningOutcome? Tuning { get; init; }

    public double CvMean => FoldScores.Average();

    public double CvStd => Math.Sqrt(FoldScores.Average(s => (s - CvMean) * (s - CvMean)));

    /// <summary>The score the selection rule ranks by, on one fold's held-out predictions: macro-F1, or RMSE.</summary>
    public static double FoldScore(TaskKind task, TaskPredictions predictions) => task == TaskKind.Multiclass
        ? Classify(predictions).F1Macro
        : RegressionMetrics.Compute(predictions.Actual.AsSpan(), predictions.Scores.AsSpan()).RootMeanSquaredError;

    public static TaskOutcome Evaluate(string runId, TaskKind task, TaskCrossValidationResult cv, TaskFitResult fit)
    {
        if (task == TaskKind.Multiclass)
        {
            var folds = cv.Folds.Select(f => Classify(f.Predictions)).ToList();
            return new TaskOutcome(runId, task, cv, fit, [.. folds.Select(e => e.F1Macro)], [.. folds.Select(e => e.LogLoss)], [])
            {
                Classes = Classify(fit.Test),
            };
        }
        var values = cv.Folds.Select(f => RegressionMetrics.Compute(f.Predictions.Actual.AsSpan(), f.Predictions.Scores.AsSpan())).ToList();
        return new TaskOutcome(runId, task, cv, fit, [.. values.Select(e => e.RootMeanSquaredError)], [.. values.Select(e => e.MeanAbsoluteError)], [.. values.Select(e => e.R2)])
        {
            Values = RegressionMetrics.Compute(fit.Test.Actual.AsSpan(), fit.Test.Scores.AsSpan()),
        };
    }

    /// <summary>The child run's metrics; the headline test metric is <see cref="HeadlineMetric"/>.</summary>
    public ImmutableSortedDictionary<string, double> Metrics()
    {
        var metrics = new Dictionary<string, double>
        {
            ["cv_fit_seconds_mean"] = Cv.MeanFitTime.TotalSeconds,
            ["fit_seconds"] = Fit.FitTime.TotalSeconds,
            ["inference_us_per_row"] = Fit.InferencePerRow.TotalMicroseconds,
        };
        if (Energy is { } energy)
            (metrics["energy_wh"], metrics["co2e_g"]) = (energy.EnergyWh, energy.Co2eGrams(Grid));
        if (Classes is { } c)
        {
            (metrics["cv_macro_f1_mean"], metrics["cv_macro_f1_std"], metrics["cv_log_loss_mean"]) = (CvMean, CvStd, FoldLosses.Average());
            metrics["test_macro_f1"] = c.F1Macro;
            metrics["test_micro_f1"] = c.F1Micro;
            metrics["test_weighted_f1"] = c.F1Weighted;
            metrics["test_accuracy"] = c.Accuracy;
            metrics["test_log_loss"] = c.LogLoss;
            metrics["test_roc_auc_ovr_macro"] = c.RocAucOneVsRestMacro;
            metrics["test_roc_auc_ovo_macro"] = c.RocAucOneVsOneMacro;
            foreach (var k in c.Classes)
                metrics[string.Create(CultureInfo.InvariantCulture, $"test_roc_auc_ovr.class{k.Class}")] = k.RocAucOneVsRest;
        }
        if (Values is { } v)
        {
            (metrics["cv_rmse_mean"], metrics["cv_rmse_std"], metrics["cv_mae_mean"], metrics["cv_r2_mean"]) = (CvMean, CvStd, FoldLosses.Average(), FoldR2.Average());
            metrics["test_rmse"] = v.RootMeanSquaredError;
            metrics["test_mae"] = v.MeanAbsoluteError;
            metrics["test_r2"] = v.R2;
            metrics["test_median_absolute_error"] = v.MedianAbsoluteError;
            metrics["test_max_error"] = v.MaxError;
            metrics["test_explained_variance"] = v.ExplainedVariance;
        }
        return metrics.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>The test metric shown next to the cross-validated score: macro-F1, or RMSE.</summary>
    public static string HeadlineMetric(TaskKind task) => task == TaskKind.Regression ? "test_rmse" : "test_macro_f1";

    public TaskLeaderboardEntry Entry(int rank) =>
        new(rank, Family, RunId, CvMean, CvStd, Metrics(), Cv.MeanFitTime, Fit.FitTime, Fit.InferencePerRow)
        {
            EnergyWh = Energy?.EnergyWh,
            Co2eGrams = Energy?.Co2eGrams(Grid),
            EnergyMethod = Energy?.MethodName,
            Tuned = Tuning is not null,
        };

    /// <summary>The fold metrics by fold index, as TensorBoard and the report draw them: macro-F1 and log loss, or RMSE, MAE
    /// and R². Then, for boosted regression trees, the held-out RMSE by iteration.</summary>
    public ImmutableArray<TrainingCurve> Curves() => Task == TaskKind.Regression
        ? [Curve(CurveNames.FoldRmse, FoldScores), Curve(CurveNames.FoldMae, FoldLosses), Curve(CurveNames.FoldR2, FoldR2), .. Cv.Curves]
        : [Curve(CurveNames.FoldMacroF1, FoldScores), Curve(CurveNames.FoldLogLoss, FoldLosses), .. Cv.Curves];

    private TrainingCurve Curve(string name, ImmutableArray<double> values) =>
        new(name, [.. values.Select((v, i) => new CurvePoint(Cv.Folds[i].Index, v))]);

    private static MulticlassEvaluation Classify(TaskPredictions p) => MulticlassMetrics.Compute(p.Scores.AsSpan(), p.Classes.AsSpan(), p.ClassCount);
}
