using System.Collections.Immutable;

namespace Carbet.Evaluation.Classification;

/// <summary>ROC points by descending threshold; the first is (0, 0) at max(score) + 1, as scikit-learn 1.2 writes it.</summary>
/// <param name="FalsePositiveRates">FP(t)/N at each threshold.</param>
/// <param name="TruePositiveRates">TP(t)/P at each threshold.</param>
/// <param name="Thresholds">The thresholds t, descending; a row is positive when its score is ≥ t.</param>
public sealed record RocCurve(
    ImmutableArray<double> FalsePositiveRates,
    ImmutableArray<double> TruePositiveRates,
    ImmutableArray<double> Thresholds);
