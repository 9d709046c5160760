namespace Carbet.Evaluation.Fairness;

/// <summary>One group's counts and rates, with y_pred = score ≥ threshold.</summary>
/// <param name="Group">The group's value of the sensitive attribute.</param>
/// <param name="Count">The group's rows.</param>
/// <param name="TruePositives">Label 1, predicted 1.</param>
/// <param name="FalsePositives">Label 0, predicted 1.</param>
/// <param name="FalseNegatives">Label 1, predicted 0.</param>
/// <param name="TrueNegatives">Label 0, predicted 0.</param>
/// <param name="BaseRate">(TP + FN)/n.</param>
/// <param name="SelectionRate">(TP + FP)/n.</param>
/// <param name="TruePositiveRate">TP/(TP + FN).</param>
/// <param name="FalsePositiveRate">FP/(FP + TN).</param>
/// <param name="Precision">TP/(TP + FP), or 0 when the group has no predicted positive.</param>
public sealed record GroupRates(
    string Group, long Count, long TruePositives, long FalsePositives, long FalseNegatives, long TrueNegatives,
    double BaseRate, double SelectionRate, double TruePositiveRate, double FalsePositiveRate, double Precision);
