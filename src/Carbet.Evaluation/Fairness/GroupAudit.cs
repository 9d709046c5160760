using System.Collections.Immutable;

namespace Carbet.Evaluation.Fairness;

/// <summary>One group's confusion counts, rates, calibration and bootstrap intervals, with y_pred = score ≥ threshold.</summary>
/// <param name="Group">The group's value of the sensitive attribute, or <c>(missing)</c>.</param>
/// <param name="Count">The group's rows.</param>
/// <param name="TruePositives">Label 1, predicted 1.</param>
/// <param name="FalsePositives">Label 0, predicted 1.</param>
/// <param name="FalseNegatives">Label 1, predicted 0.</param>
/// <param name="TrueNegatives">Label 0, predicted 0.</param>
/// <param name="BaseRate">(TP + FN)/n.</param>
/// <param name="SelectionRate">(TP + FP)/n.</param>
/// <param name="TruePositiveRate">TP/(TP + FN), or NaN when the group has no positive.</param>
/// <param name="FalsePositiveRate">FP/(FP + TN), or NaN when the group has no negative.</param>
/// <param name="Precision">TP/(TP + FP), or NaN when the group has no predicted positive.</param>
/// <param name="MeanScore">The mean score of the group's rows.</param>
/// <param name="CalibrationError">The expected calibration error: the sum over bins of count/n × |observed rate − mean score|.</param>
/// <param name="Calibration">The non-empty bins of the group's calibration curve.</param>
/// <param name="SelectionRateInterval">The bootstrap interval of the selection rate, or null.</param>
/// <param name="TruePositiveRateInterval">The bootstrap interval of the TPR, or null.</param>
/// <param name="FalsePositiveRateInterval">The bootstrap interval of the FPR, or null.</param>
/// <param name="TooSmall">Whether the group has fewer rows than <see cref="FairnessAuditOptions.MinimumGroupSize"/>.</param>
public sealed record GroupAudit(
    string Group, long Count, long TruePositives, long FalsePositives, long FalseNegatives, long TrueNegatives,
    double BaseRate, double SelectionRate, double TruePositiveRate, double FalsePositiveRate, double Precision,
    double MeanScore, double CalibrationError, ImmutableArray<GroupCalibrationBin> Calibration,
    Interval? SelectionRateInterval, Interval? TruePositiveRateInterval, Interval? FalsePositiveRateInterval, bool TooSmall);
