using System.Collections.Immutable;
using System.Globalization;

namespace Carbet.Evaluation.Fairness;

/// <summary>The sentences that say what an audit cannot conclude, in a fixed order: missing values, then group by group, then
/// disparities, then intervals.</summary>
internal static class AuditWarnings
{
    public static ImmutableArray<string> For(string attribute, long missing, ImmutableArray<GroupAudit> groups,
        ImmutableArray<Disparity> disparities, AuditBootstrap? bootstrap, FairnessAuditOptions options)
    {
        var warnings = ImmutableArray.CreateBuilder<string>();
        if (missing > 0)
            warnings.Add(Invariant($"{missing} rows have no value of '{attribute}'; they form the group '{SensitiveGroups.Missing}'."));
        foreach (var g in groups)
        {
            if (g.TooSmall)
                warnings.Add(Invariant($"Group '{g.Group}' has {g.Count} rows: too small to conclude."));
            warnings.AddRange(ClassCount(g.Group, g.TruePositives + g.FalseNegatives, "positive", "true positive rate",
                "equal_opportunity_* and equalized_odds_*", options.MinimumClassCount));
            warnings.AddRange(ClassCount(g.Group, g.FalsePositives + g.TrueNegatives, "negative", "false positive rate",
                "equalized_odds_*", options.MinimumClassCount));
            if (double.IsNaN(g.Precision))
                warnings.Add(Invariant($"Group '{g.Group}' has no predicted positive row, so its precision is undefined."));
        }
        foreach (var d in disparities.Where(d => double.IsNaN(d.Value)))
            warnings.Add($"{d.Metric} is undefined: fewer than two groups define the rates it compares.");
        if (bootstrap is not null)
            warnings.AddRange(MissingIntervals(groups, disparities, bootstrap, options.BootstrapResamples));
        return warnings.ToImmutable();
    }

    private static IEnumerable<string> ClassCount(string group, long count, string label, string rate, string metrics, int minimum)
    {
        if (count == 0)
            yield return Invariant($"Group '{group}' has no {label} row, so its {rate} is undefined and it is left out of {metrics}.");
        else if (count < minimum)
            yield return Invariant($"Group '{group}' has {count} {label} rows (fewer than {minimum}): its {rate} is not concluded.");
    }

    // only where the point estimate is defined: an undefined one already has its warning
    private static IEnumerable<string> MissingIntervals(
        ImmutableArray<GroupAudit> groups, ImmutableArray<Disparity> disparities, AuditBootstrap bootstrap, int resamples)
    {
        for (var g = 0; g < groups.Length; g++)
        {
            var rates = new[] { groups[g].SelectionRate, groups[g].TruePositiveRate, groups[g].FalsePositiveRate };
            string[] names = ["selection rate", "true positive rate", "false positive rate"];
            for (var k = 0; k < rates.Length; k++)
            {
                var index = (g * BetweenGroups.RatesPerGroup) + k;
                if (!double.IsNaN(rates[k]) && bootstrap.Rates[index] is null)
                    yield return Unbounded($"the {names[k]} of group '{groups[g].Group}'", bootstrap.RatesDefined[index], resamples);
            }
        }
        for (var k = 0; k < disparities.Length; k++)
        {
            if (!double.IsNaN(disparities[k].Value) && bootstrap.Disparities[k] is null)
                yield return Unbounded(disparities[k].Metric, bootstrap.DisparitiesDefined[k], resamples);
        }
    }

    private static string Unbounded(string what, int defined, int resamples) =>
        Invariant($"Only {defined} of {resamples} bootstrap resamples define {what}, fewer than half, so it has no interval.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
