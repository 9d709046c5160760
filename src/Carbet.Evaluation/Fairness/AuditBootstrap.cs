namespace Carbet.Evaluation.Fairness;

/// <summary>Percentile bootstrap intervals of every group rate and disparity, resampling all rows with replacement.</summary>
/// <param name="Rates">The interval of each group rate, laid out as <see cref="BetweenGroups"/> lays out rates; null when too few
/// resamples defined it.</param>
/// <param name="Disparities">The interval of each disparity, in the order of <see cref="BetweenGroups.Metrics"/>, or null.</param>
/// <param name="RatesDefined">How many resamples defined each group rate.</param>
/// <param name="DisparitiesDefined">How many resamples defined each disparity.</param>
internal sealed record AuditBootstrap(Interval?[] Rates, Interval?[] Disparities, int[] RatesDefined, int[] DisparitiesDefined)
{
    public static AuditBootstrap Run(AuditInput input, int resamples, int seed, double confidence)
    {
        var groups = input.Names.Length;
        var rateDraws = new double[groups * BetweenGroups.RatesPerGroup][];
        var disparityDraws = new double[BetweenGroups.Metrics.Length][];
        for (var k = 0; k < rateDraws.Length; k++)
            rateDraws[k] = new double[resamples];
        for (var k = 0; k < disparityDraws.Length; k++)
            disparityDraws[k] = new double[resamples];

        var random = new Xoshiro256(unchecked((ulong)seed));
        var (cells, n) = (input.Cells, input.Cells.Length);
        var counts = new long[groups * 4];
        var rates = new double[rateDraws.Length];
        var disparities = new double[disparityDraws.Length];
        for (var b = 0; b < resamples; b++)
        {
            Array.Clear(counts);
            for (var i = 0; i < n; i++)
                counts[cells[random.NextInt(n)]]++;
            BetweenGroups.Rates(counts, rates);
            BetweenGroups.Disparities(rates, disparities);
            for (var k = 0; k < rates.Length; k++)
                rateDraws[k][b] = rates[k];
            for (var k = 0; k < disparities.Length; k++)
                disparityDraws[k][b] = disparities[k];
        }
        var (rateIntervals, ratesDefined) = Percentiles(rateDraws, confidence);
        var (disparityIntervals, disparitiesDefined) = Percentiles(disparityDraws, confidence);
        return new AuditBootstrap(rateIntervals, disparityIntervals, ratesDefined, disparitiesDefined);
    }

    private static (Interval?[] Intervals, int[] Defined) Percentiles(double[][] draws, double confidence)
    {
        var (intervals, defined) = (new Interval?[draws.Length], new int[draws.Length]);
        for (var k = 0; k < draws.Length; k++)
        {
            // resamples that leave the metric undefined are skipped for it, not counted as zero
            var values = draws[k].Where(v => !double.IsNaN(v)).Order().ToArray();
            defined[k] = values.Length;
            if (values.Length > 0 && values.Length * 2 >= draws[k].Length)
                intervals[k] = new Interval(Quantile(values, (1 - confidence) / 2), Quantile(values, (1 + confidence) / 2));
        }
        return (intervals, defined);
    }

    /// <summary>NumPy's default (linear) percentile of sorted values.</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
