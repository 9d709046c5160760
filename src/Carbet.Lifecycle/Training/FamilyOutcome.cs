using System.Collections.Immutable;

using Carbet.Evaluation.Classification;
using Carbet.Modeling.Energy;
using Carbet.Modeling.Families;

namespace Carbet.Lifecycle.Training;

/// <summary>One family's cross-validation, its fit on every training row and the evaluation of that fit on the test rows.</summary>
internal sealed record FamilyOutcome(string RunId, CrossValidationResult Cv, FamilyTrainingResult Fit, BinaryEvaluation Test)
{
    public string Family => Cv.Family;

    /// <summary>How the leaderboard names this entry, e.g. <c>lightgbm (tuned)</c>; the family's name by default.</summary>
    public string? Label { get; init; }

    /// <summary>The study that chose this entry's values, when it was tuned.</summary>
    public Lifecycle.Tuning.TuningOutcome? Tuning { get; init; }

    /// <summary>The energy of the cross-validation and the fit together; null when not measured.</summary>
    public EnergyMeasurement? Energy { get; init; }

    public GridIntensity Grid { get; init; } = GridIntensity.World;

    public ImmutableSortedDictionary<string, double> Metrics()
    {
        var metrics = new Dictionary<string, double>
        {
            ["cv_auc_mean"] = Cv.MeanAuc,
            ["cv_auc_std"] = Cv.StdAuc,
            ["cv_fit_seconds_mean"] = SelectionRule.MeanFitSeconds(Cv),
            ["test_auc"] = Test.RocAuc,
            ["test_average_precision"] = Test.AveragePrecision,
            ["test_ks"] = Test.KolmogorovSmirnov.Statistic,
            ["fit_seconds"] = Fit.Model.FitTime.TotalSeconds,
            ["inference_us_per_row"] = Fit.InferencePerRow.TotalMicroseconds,
        };
        if (Energy is { } energy)
            (metrics["energy_wh"], metrics["co2e_g"]) = (energy.EnergyWh, energy.Co2eGrams(Grid));
        if (Test.DeLong is { } delong)
            (metrics["test_auc_ci_lower"], metrics["test_auc_ci_upper"]) = (delong.Lower, delong.Upper);
        if (Test.LogLoss is { } logLoss)
            metrics["test_log_loss"] = logLoss;
        if (Test.Brier is { } brier)
            metrics["test_brier"] = brier;
        return metrics.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    public LeaderboardEntry Entry(int rank) => new(rank, Family, RunId, Cv.MeanAuc, Cv.StdAuc, Test.RocAuc, Test.DeLong?.Lower, Test.DeLong?.Upper,
        Test.AveragePrecision, Test.LogLoss, Test.Brier, Test.KolmogorovSmirnov.Statistic,
        TimeSpan.FromSeconds(SelectionRule.MeanFitSeconds(Cv)), Fit.Model.FitTime, Fit.InferencePerRow)
    {
        EnergyWh = Energy?.EnergyWh,
        Co2eGrams = Energy?.Co2eGrams(Grid),
        EnergyMethod = Energy?.MethodName,
        Tuned = Tuning is not null,
    };
}
