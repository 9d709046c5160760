namespace Carbet.Evaluation.Fairness;

/// <summary>Per-group rates and the six between-groups disparities from confusion counts, shared by the point estimate and every
/// bootstrap resample.</summary>
/// <remarks>Counts hold four cells per group at <c>group * 4 + label * 2 + predicted</c>: TN, FP, FN, TP. Rates hold three per group
/// at <c>group * 3 + rate</c>; an undefined rate is NaN and is left out of the disparities that use it.</remarks>
internal static class BetweenGroups
{
    public const int Selection = 0, TruePositive = 1, FalsePositive = 2, RatesPerGroup = 3;

    public static readonly string[] Metrics =
    [
        "demographic_parity_difference", "demographic_parity_ratio",
        "equalized_odds_difference", "equalized_odds_ratio",
        "equal_opportunity_difference", "equal_opportunity_ratio",
    ];

    public static void Rates(ReadOnlySpan<long> counts, Span<double> rates)
    {
        for (var g = 0; g < rates.Length / RatesPerGroup; g++)
        {
            var (tn, fp, fn, tp) = (counts[g * 4], counts[(g * 4) + 1], counts[(g * 4) + 2], counts[(g * 4) + 3]);
            rates[(g * RatesPerGroup) + Selection] = Divide(tp + fp, tn + fp + fn + tp);
            rates[(g * RatesPerGroup) + TruePositive] = Divide(tp, tp + fn);
            rates[(g * RatesPerGroup) + FalsePositive] = Divide(fp, fp + tn);
        }
    }

    /// <summary>Writes the disparities in the order of <see cref="Metrics"/>.</summary>
    public static void Disparities(ReadOnlySpan<double> rates, Span<double> disparities)
    {
        var (selectionDifference, selectionRatio) = Spread(rates, Selection);
        var (tprDifference, tprRatio) = Spread(rates, TruePositive);
        var (fprDifference, fprRatio) = Spread(rates, FalsePositive);
        disparities[0] = selectionDifference;
        disparities[1] = selectionRatio;
        // Fairlearn's worst case; Math.Max and Math.Min return NaN when either side is undefined.
        disparities[2] = Math.Max(tprDifference, fprDifference);
        disparities[3] = Math.Min(tprRatio, fprRatio);
        disparities[4] = tprDifference;
        disparities[5] = tprRatio;
    }

    public static double Divide(long numerator, long denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;

    private static (double Difference, double Ratio) Spread(ReadOnlySpan<double> rates, int rate)
    {
        var (min, max, defined) = (double.PositiveInfinity, double.NegativeInfinity, 0);
        for (var i = rate; i < rates.Length; i += RatesPerGroup)
        {
            if (double.IsNaN(rates[i]))
                continue;
            (min, max, defined) = (Math.Min(min, rates[i]), Math.Max(max, rates[i]), defined + 1);
        }
        if (defined < 2)
            return (double.NaN, double.NaN);
        // all groups at zero are equal, as FairnessMetrics reports them
        return (max - min, max == 0 ? 1 : min / max);
    }
}
