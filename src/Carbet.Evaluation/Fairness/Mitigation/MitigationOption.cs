using System.Collections.Immutable;

namespace Carbet.Evaluation.Fairness;

/// <summary>One row of the mitigation trade-off table: a decision rule, what it costs in accuracy, and the disparities it leaves.</summary>
/// <param name="Name">A short name, such as <c>none</c> or <c>equal opportunity thresholds</c>.</param>
/// <param name="Description">One sentence saying what the rule does, for reports.</param>
/// <param name="Thresholds">The threshold of each group, in ordinal order of the groups' names, or null for one threshold for all.</param>
/// <param name="Accuracy">(TP + TN)/n over all rows.</param>
/// <param name="ExpectedCostPerRow">(costFN·FN + costFP·FP)/n, or null when no costs were given.</param>
/// <param name="DemographicParityDifference">The spread of selection rates, Fairlearn's between groups, or NaN when undefined.</param>
/// <param name="DemographicParityRatio">The ratio of selection rates, or NaN when undefined.</param>
/// <param name="EqualOpportunityDifference">The spread of true positive rates, or NaN when fewer than two groups define one.</param>
/// <param name="EqualizedOddsDifference">The larger of the TPR and FPR spreads, or NaN when either is undefined.</param>
/// <param name="Warnings">One sentence per thing that limits what the row shows: kept thresholds, thin groups, undefined disparities.</param>
public sealed record MitigationOption(
    string Name, string Description, ImmutableSortedDictionary<string, double>? Thresholds, double Accuracy, double? ExpectedCostPerRow,
    double DemographicParityDifference, double DemographicParityRatio, double EqualOpportunityDifference, double EqualizedOddsDifference,
    ImmutableArray<string> Warnings);
