using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Fairness;

/// <summary>Post-processing mitigation: one decision threshold per group, so that a rate comes level across groups without
/// retraining.</summary>
public static class GroupThresholds
{
    /// <summary>Starting from a single threshold, chooses each group's threshold so that its true positive rate
    /// (<see cref="FairnessCriterion.EqualOpportunity"/>) or selection rate (<see cref="FairnessCriterion.DemographicParity"/>) comes
    /// as close as possible to the overall rate at the single threshold.</summary>
    /// <param name="scores">One predicted probability per row, in [0, 1].</param>
    /// <param name="labels">One 0/1 label per row.</param>
    /// <param name="groups">Each row's value of the sensitive attribute; null means missing and forms the group <c>(missing)</c>.</param>
    /// <param name="threshold">The single threshold: rows scoring at or above it are predicted positive.</param>
    /// <param name="criterion">The rate to bring level.</param>
    /// <param name="costFalseNegative">The cost of missing one positive, given with <paramref name="costFalsePositive"/> or not at all.</param>
    /// <param name="costFalsePositive">The cost of flagging one negative.</param>
    /// <returns>Each group's threshold, the evaluation of the decisions, and a warning per group whose threshold stays the original.
    /// Among a group's thresholds equally close to the target, the lower expected cost wins when costs are given, else the higher
    /// accuracy, then the threshold nearest the original.</returns>
    /// <exception cref="UserErrorException">The inputs are bad as for <see cref="FairnessAudit.Run"/>, or only one cost is given, or
    /// the costs are negative, not finite or both 0.</exception>
    public static GroupThresholdResult Fit(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, IReadOnlyList<string?> groups,
        double threshold, FairnessCriterion criterion, double? costFalseNegative = null, double? costFalsePositive = null)
    {
        if (!Enum.IsDefined(criterion))
            throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not a fairness criterion.");
        var costs = DecisionCosts.From(costFalseNegative, costFalsePositive);
        var input = AuditInput.Encode(scores, labels, groups, threshold);
        var target = Target(input.Counts(), criterion);
        var fitted = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var warnings = ImmutableArray.CreateBuilder<string>();
        for (var g = 0; g < input.Names.Length; g++)
        {
            var (groupScores, groupLabels) = RowsOf(input, g, scores, labels);
            if (criterion == FairnessCriterion.EqualOpportunity && !groupLabels.Contains(1))
            {
                fitted[input.Names[g]] = threshold;
                warnings.Add(Invariant(
                    $"Group '{input.Names[g]}' has no positive row, so its true positive rate is undefined and its threshold stays {threshold:G6}."));
                continue;
            }
            fitted[input.Names[g]] = ThresholdSearch.Best(groupScores, groupLabels, threshold, target, criterion, costs);
        }
        var thresholds = fitted.ToImmutable();
        var evaluation = MitigationComparison.Evaluate(Name(criterion), Description(criterion, target, threshold),
            AuditInput.Encode(scores, labels, groups, thresholds), thresholds, costs, warnings);
        return new GroupThresholdResult(criterion, threshold, target, thresholds, evaluation, warnings.ToImmutable());
    }

    internal static string Name(FairnessCriterion criterion) =>
        criterion == FairnessCriterion.EqualOpportunity ? "equal opportunity thresholds" : "demographic parity thresholds";

    private static string Description(FairnessCriterion criterion, double target, double threshold) => Invariant(
        $"One threshold per group, each chosen so that the group's {(criterion == FairnessCriterion.EqualOpportunity ? "true positive rate" : "selection rate")} comes as close as possible to {target:G4}, the overall rate at threshold {threshold:G6}.");

    private static double Target(long[] counts, FairnessCriterion criterion)
    {
        var (tn, fp, fn, tp) = (0L, 0L, 0L, 0L);
        for (var g = 0; g < counts.Length; g += 4)
            (tn, fp, fn, tp) = (tn + counts[g], fp + counts[g + 1], fn + counts[g + 2], tp + counts[g + 3]);
        return criterion == FairnessCriterion.EqualOpportunity
            ? BetweenGroups.Divide(tp, tp + fn)
            : BetweenGroups.Divide(tp + fp, tn + fp + fn + tp);
    }

    /// <summary>The group's scores, highest first, ties in row order, with their labels.</summary>
    private static (double[] Scores, int[] Labels) RowsOf(AuditInput input, int group, ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        var rows = new List<int>();
        for (var i = 0; i < input.GroupOf.Length; i++)
        {
            if (input.GroupOf[i] == group)
                rows.Add(i);
        }
        var (groupScores, groupLabels) = (new double[rows.Count], new int[rows.Count]);
        for (var k = 0; k < rows.Count; k++)
            (groupScores[k], groupLabels[k]) = (scores[rows[k]], labels[rows[k]]);
        var order = Enumerable.Range(0, rows.Count).OrderByDescending(k => groupScores[k]).ThenBy(k => k).ToArray();
        return (order.Select(k => groupScores[k]).ToArray(), order.Select(k => groupLabels[k]).ToArray());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
