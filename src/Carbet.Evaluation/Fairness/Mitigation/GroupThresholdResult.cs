using System.Collections.Immutable;

namespace Carbet.Evaluation.Fairness;

/// <summary>Per-group decision thresholds fitted for one fairness criterion, and how the decisions they give fare.</summary>
/// <param name="Criterion">The rate brought level across groups.</param>
/// <param name="OriginalThreshold">The single threshold the groups started from.</param>
/// <param name="Target">The overall rate at the single threshold that each group was brought close to, or NaN when undefined.</param>
/// <param name="Thresholds">The threshold of each group, in ordinal order of the groups' names.</param>
/// <param name="Evaluation">The decisions' accuracy, expected cost and disparities, as a row of the trade-off table.</param>
/// <param name="Warnings">One sentence per group whose threshold had to stay the original one.</param>
public sealed record GroupThresholdResult(
    FairnessCriterion Criterion, double OriginalThreshold, double Target, ImmutableSortedDictionary<string, double> Thresholds,
    MitigationOption Evaluation, ImmutableArray<string> Warnings);
