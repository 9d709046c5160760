using System.Collections.Immutable;

namespace Carbet.Evaluation.Classification;

/// <summary>Precision and recall at every distinct score, by descending threshold.</summary>
/// <param name="Precisions">TP/(TP + FP) at each threshold.</param>
/// <param name="Recalls">TP/P at each threshold.</param>
/// <param name="Thresholds">The distinct scores, descending.</param>
public sealed record PrecisionRecallCurve(
    ImmutableArray<double> Precisions,
    ImmutableArray<double> Recalls,
    ImmutableArray<double> Thresholds);
