namespace Carbet.Data.Profiling;

/// <summary>The maths behind the profile, on plain arrays.</summary>
internal static class Statistics
{
    /// <summary>numpy's default (linear) quantile of sorted values: x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), h = (n − 1)p.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
            return double.NaN;
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1)
            return sorted[^1];
        var t = h - lo;
        var (a, b) = (sorted[lo], sorted[lo + 1]);
        // numpy's _lerp: from the nearer end, so a quantile never overshoots its bracket
        return t >= 0.5 ? b - ((b - a) * (1 - t)) : a + ((b - a) * t);
    }

    /// <summary>Equal-width bins over [min, max] of sorted values; a value on an inner edge goes to the bin above it.</summary>
    public static Histogram Histogram(ReadOnlySpan<double> sorted, int bins)
    {
        if (sorted.IsEmpty)
            return new Histogram([], []);
        var (min, max) = (sorted[0], sorted[^1]);
        if (min == max)
            return new Histogram([min, max], [sorted.Length]);
        var edges = new double[bins + 1];
        for (var i = 0; i <= bins; i++)
            edges[i] = i == bins ? max : min + ((max - min) * i / bins);
        var counts = new long[bins];
        var bin = 0;
        foreach (var value in sorted)
        {
            while (bin < bins - 1 && value >= edges[bin + 1])
                bin++;
            counts[bin]++;
        }
        return new Histogram([.. edges], [.. counts]);
    }

    /// <summary>The AUC of a score, given for each distinct score (ascending) its positive and negative counts; ties count ½.</summary>
    public static double Auc(IReadOnlyList<(long Positives, long Negatives)> groupsByScore)
    {
        double positives = 0, negatives = 0, wins = 0;
        foreach (var (pos, neg) in groupsByScore)
        {
            wins += pos * (negatives + (0.5 * neg));
            positives += pos;
            negatives += neg;
        }
        return positives == 0 || negatives == 0 ? double.NaN : wins / (positives * negatives);
    }

    /// <summary>Mutual information in nats of a joint count table, rows × columns, row-major.</summary>
    public static double MutualInformation(long[] joint, int rows, int columns)
    {
        var rowTotals = new double[rows];
        var columnTotals = new double[columns];
        double n = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var count = joint[(i * columns) + j];
                rowTotals[i] += count;
                columnTotals[j] += count;
                n += count;
            }
        }
        if (n == 0)
            return double.NaN;
        double mi = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var count = joint[(i * columns) + j];
                if (count > 0)
                    mi += count / n * Math.Log(count * n / (rowTotals[i] * columnTotals[j]));
            }
        }
        return Math.Max(mi, 0);
    }

    /// <summary>Cramér's V of a contingency table, without bias correction, over the categories observed in it.</summary>
    public static double CramersV(long[] table, int rows, int columns)
    {
        var rowTotals = new double[rows];
        var columnTotals = new double[columns];
        double n = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                rowTotals[i] += table[(i * columns) + j];
                columnTotals[j] += table[(i * columns) + j];
            }
            n += rowTotals[i];
        }
        var r = rowTotals.Count(t => t > 0);
        var c = columnTotals.Count(t => t > 0);
        if (n == 0 || Math.Min(r, c) < 2)
            return double.NaN;
        double chi2 = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns && rowTotals[i] > 0; j++)
            {
                if (columnTotals[j] == 0)
                    continue;
                var expected = rowTotals[i] * columnTotals[j] / n;
                var d = table[(i * columns) + j] - expected;
                chi2 += d * d / expected;
            }
        }
        return Math.Sqrt(chi2 / (n * (Math.Min(r, c) - 1)));
    }
}
