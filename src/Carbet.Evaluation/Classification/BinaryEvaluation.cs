namespace Carbet.Evaluation.Classification;

/// <summary>Everything <see cref="BinaryMetrics.Compute"/> measures about one model's scores on labelled rows.</summary>
/// <param name="Positives">The number of rows labelled 1.</param>
/// <param name="Negatives">The number of rows labelled 0.</param>
/// <param name="Roc">The ROC curve over every distinct score.</param>
/// <param name="RocAuc">The area under <paramref name="Roc"/> by trapezoids (the Mann–Whitney probability, ties counted ½).</param>
/// <param name="DeLong">DeLong's variance and 95% interval of the AUC; <see langword="null"/> with fewer than two rows of a class.</param>
/// <param name="PrecisionRecall">The precision–recall curve over every distinct score.</param>
/// <param name="AveragePrecision">Σ (Rₖ − Rₖ₋₁)·Pₖ, a step sum without interpolation.</param>
/// <param name="LogLoss">Mean negative log-likelihood with p clipped to [ε, 1 − ε]; <see langword="null"/> for raw scores.</param>
/// <param name="Brier">Mean of (p − y)²; <see langword="null"/> for raw scores.</param>
/// <param name="KolmogorovSmirnov">The largest gap between TPR and FPR.</param>
/// <param name="AtThreshold">Confusion counts and rates at <see cref="BinaryMetricsOptions.Threshold"/>.</param>
/// <param name="Calibration">The non-empty calibration bins; empty for raw scores.</param>
/// <param name="Gains">Lift and cumulative gain per group of rows by descending score.</param>
public sealed record BinaryEvaluation(
    int Positives,
    int Negatives,
    RocCurve Roc,
    double RocAuc,
    AucInterval? DeLong,
    PrecisionRecallCurve PrecisionRecall,
    double AveragePrecision,
    double? LogLoss,
    double? Brier,
    KsStatistic KolmogorovSmirnov,
    ThresholdMetrics AtThreshold,
    IReadOnlyList<CalibrationBin> Calibration,
    IReadOnlyList<GainGroup> Gains);
