using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Fairness;

/// <summary>The trade-off table of bias mitigation options: each decision rule's accuracy, expected cost and disparities, computed
/// as <see cref="FairnessAudit"/> computes them so that the definitions stay Fairlearn's.</summary>
/// <remarks>Reweighing needs a retrained model, so it is not a row here: retrain with <see cref="Reweighing.Weights"/> and add the
/// retrained scores' row with <see cref="Evaluate(string, string, ReadOnlySpan{double}, ReadOnlySpan{int}, IReadOnlyList{string}, double, double?, double?)"/>.</remarks>
public static class MitigationComparison
{
    private static readonly int DemographicParityDifference = Array.IndexOf(BetweenGroups.Metrics, "demographic_parity_difference");
    private static readonly int DemographicParityRatio = Array.IndexOf(BetweenGroups.Metrics, "demographic_parity_ratio");
    private static readonly int EqualOpportunityDifference = Array.IndexOf(BetweenGroups.Metrics, "equal_opportunity_difference");
    private static readonly int EqualizedOddsDifference = Array.IndexOf(BetweenGroups.Metrics, "equalized_odds_difference");

    /// <summary>Compares no mitigation (the single threshold) with equal opportunity and demographic parity thresholds per group.</summary>
    /// <param name="scores">One predicted probability per row, in [0, 1].</param>
    /// <param name="labels">One 0/1 label per row.</param>
    /// <param name="groups">Each row's value of the sensitive attribute; null means missing and forms the group <c>(missing)</c>.</param>
    /// <param name="threshold">The single threshold: rows scoring at or above it are predicted positive.</param>
    /// <param name="costFalseNegative">The cost of missing one positive, given with <paramref name="costFalsePositive"/> or not at all.</param>
    /// <param name="costFalsePositive">The cost of flagging one negative.</param>
    /// <param name="options">The minimum group size and class count below which a fitted threshold is flagged as thin.</param>
    /// <returns>The rows <c>none</c>, <c>equal opportunity thresholds</c> and <c>demographic parity thresholds</c>, in that order.</returns>
    /// <exception cref="UserErrorException">The inputs are bad as for <see cref="GroupThresholds.Fit"/>, or an option is out of range.</exception>
    public static ImmutableArray<MitigationOption> Compare(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, IReadOnlyList<string?> groups,
        double threshold, double? costFalseNegative, double? costFalsePositive, FairnessAuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FairnessAudit.Validate(options);
        var none = Evaluate("none", Invariant($"One threshold, {threshold:G6}, for every group."),
            scores, labels, groups, threshold, costFalseNegative, costFalsePositive);
        var counts = AuditInput.Encode(scores, labels, groups, threshold);
        var rows = ImmutableArray.CreateBuilder<MitigationOption>(3);
        rows.Add(none);
        foreach (var criterion in new[] { FairnessCriterion.EqualOpportunity, FairnessCriterion.DemographicParity })
        {
            var fitted = GroupThresholds.Fit(scores, labels, groups, threshold, criterion, costFalseNegative, costFalsePositive).Evaluation;
            rows.Add(fitted with { Warnings = ThinGroups(counts, criterion, options).AddRange(fitted.Warnings) });
        }
        return rows.MoveToImmutable();
    }

    /// <summary>Evaluates decisions with one threshold per group, as any row of the trade-off table.</summary>
    /// <param name="name">The row's short name.</param>
    /// <param name="description">One sentence saying what the rule does.</param>
    /// <param name="scores">One predicted probability per row, in [0, 1].</param>
    /// <param name="labels">One 0/1 label per row.</param>
    /// <param name="groups">Each row's value of the sensitive attribute; null means missing and forms the group <c>(missing)</c>.</param>
    /// <param name="thresholdPerGroup">The threshold of each group, keyed by the group's name; <c>(missing)</c> for null values.</param>
    /// <param name="costFalseNegative">The cost of missing one positive, given with <paramref name="costFalsePositive"/> or not at all.</param>
    /// <param name="costFalsePositive">The cost of flagging one negative.</param>
    /// <returns>The row, with the thresholds of the groups present in the rows.</returns>
    /// <exception cref="UserErrorException">The inputs are bad as for <see cref="FairnessAudit.Run"/>, a group has no finite threshold,
    /// or the costs are unusable.</exception>
    public static MitigationOption Evaluate(string name, string description, ReadOnlySpan<double> scores, ReadOnlySpan<int> labels,
        IReadOnlyList<string?> groups, IReadOnlyDictionary<string, double> thresholdPerGroup, double? costFalseNegative, double? costFalsePositive)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(description);
        var costs = DecisionCosts.From(costFalseNegative, costFalsePositive);
        var input = AuditInput.Encode(scores, labels, groups, thresholdPerGroup);
        var thresholds = input.Names.ToImmutableSortedDictionary(g => g, g => thresholdPerGroup[g], StringComparer.Ordinal);
        return Evaluate(name, description, input, thresholds, costs, []);
    }

    /// <summary>Evaluates decisions with one threshold for every group, as any row of the trade-off table.</summary>
    /// <param name="name">The row's short name.</param>
    /// <param name="description">One sentence saying what the rule does.</param>
    /// <param name="scores">One predicted probability per row, in [0, 1].</param>
    /// <param name="labels">One 0/1 label per row.</param>
    /// <param name="groups">Each row's value of the sensitive attribute; null means missing and forms the group <c>(missing)</c>.</param>
    /// <param name="threshold">Rows scoring at or above it are predicted positive.</param>
    /// <param name="costFalseNegative">The cost of missing one positive, given with <paramref name="costFalsePositive"/> or not at all.</param>
    /// <param name="costFalsePositive">The cost of flagging one negative.</param>
    /// <returns>The row, with null thresholds.</returns>
    /// <exception cref="UserErrorException">The inputs are bad as for <see cref="FairnessAudit.Run"/>, or the costs are unusable.</exception>
    public static MitigationOption Evaluate(string name, string description, ReadOnlySpan<double> scores, ReadOnlySpan<int> labels,
        IReadOnlyList<string?> groups, double threshold, double? costFalseNegative, double? costFalsePositive)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(description);
        var costs = DecisionCosts.From(costFalseNegative, costFalsePositive);
        return Evaluate(name, description, AuditInput.Encode(scores, labels, groups, threshold), null, costs, []);
    }

    internal static MitigationOption Evaluate(string name, string description, AuditInput input,
        ImmutableSortedDictionary<string, double>? thresholds, DecisionCosts? costs, IEnumerable<string> warnings)
    {
        var counts = input.Counts();
        var rates = new double[input.Names.Length * BetweenGroups.RatesPerGroup];
        var disparities = new double[BetweenGroups.Metrics.Length];
        BetweenGroups.Rates(counts, rates);
        BetweenGroups.Disparities(rates, disparities);
        var (tn, fp, fn, tp) = (0L, 0L, 0L, 0L);
        for (var g = 0; g < counts.Length; g += 4)
            (tn, fp, fn, tp) = (tn + counts[g], fp + counts[g + 1], fn + counts[g + 2], tp + counts[g + 3]);
        double n = input.Cells.Length;
        var undefined = new[] { DemographicParityDifference, EqualOpportunityDifference, EqualizedOddsDifference }
            .Where(k => double.IsNaN(disparities[k]))
            .Select(k => $"{BetweenGroups.Metrics[k]} is undefined: fewer than two groups define the rates it compares.");
        return new MitigationOption(name, description, thresholds, (tp + tn) / n, costs is null ? null : costs.Of(fn, fp) / n,
            disparities[DemographicParityDifference], disparities[DemographicParityRatio], disparities[EqualOpportunityDifference],
            disparities[EqualizedOddsDifference], [.. warnings, .. undefined]);
    }

    /// <summary>Groups whose own threshold rests on fewer rows, or positives, than the audit concludes on.</summary>
    private static ImmutableArray<string> ThinGroups(AuditInput input, FairnessCriterion criterion, FairnessAuditOptions options)
    {
        var counts = input.Counts();
        var warnings = ImmutableArray.CreateBuilder<string>();
        for (var g = 0; g < input.Names.Length; g++)
        {
            var (rows, positives) = (counts[g * 4] + counts[(g * 4) + 1] + counts[(g * 4) + 2] + counts[(g * 4) + 3], counts[(g * 4) + 2] + counts[(g * 4) + 3]);
            if (rows < options.MinimumGroupSize)
                warnings.Add(Invariant($"Group '{input.Names[g]}' has {rows} rows (fewer than {options.MinimumGroupSize}): its own threshold is fitted on too few rows to trust."));
            else if (criterion == FairnessCriterion.EqualOpportunity && positives > 0 && positives < options.MinimumClassCount)
                warnings.Add(Invariant($"Group '{input.Names[g]}' has {positives} positive rows (fewer than {options.MinimumClassCount}): its own threshold is fitted on too few positives to trust."));
        }
        return warnings.ToImmutable();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
