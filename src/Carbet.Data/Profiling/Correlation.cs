using Carbet.Data.Tables;

namespace Carbet.Data.Profiling;

/// <summary>Pairwise association measures over the rows where both values are present.</summary>
internal static class Correlation
{
    /// <summary>Pearson r, with the means taken first so the cross products stay well conditioned.</summary>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sx = 0, sy = 0;
        long n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i]))
                continue;
            sx += x[i];
            sy += y[i];
            n++;
        }
        if (n < 2)
            return double.NaN;
        var (mx, my) = (sx / n, sy / n);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i]))
                continue;
            var (dx, dy) = (x[i] - mx, y[i] - my);
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? double.NaN : Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    /// <summary>Spearman's rho as Pearson r of ranks stored as twice the midrank, 0 where missing.</summary>
    public static double Spearman(ReadOnlySpan<int> x, ReadOnlySpan<int> y)
    {
        double sx = 0, sy = 0;
        long n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == 0 || y[i] == 0)
                continue;
            sx += x[i];
            sy += y[i];
            n++;
        }
        if (n < 2)
            return double.NaN;
        var (mx, my) = (sx / n, sy / n);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == 0 || y[i] == 0)
                continue;
            var (dx, dy) = (x[i] - mx, y[i] - my);
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? double.NaN : Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    /// <summary>The correlation ratio η = √(Σₖ nₖ(x̄ₖ − x̄)² / Σ(x − x̄)²).</summary>
    public static double Eta(ReadOnlySpan<double> x, TextColumn category)
    {
        var codes = category.Codes;
        var sums = new double[category.Dictionary.Length];
        var counts = new long[category.Dictionary.Length];
        double total = 0;
        long n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || codes[i] < 0)
                continue;
            sums[codes[i]] += x[i];
            counts[codes[i]]++;
            total += x[i];
            n++;
        }
        if (n < 2)
            return double.NaN;
        var mean = total / n;
        double within = 0, between = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || codes[i] < 0)
                continue;
            var d = x[i] - mean;
            within += d * d;
        }
        for (var k = 0; k < sums.Length; k++)
        {
            if (counts[k] == 0)
                continue;
            var d = (sums[k] / counts[k]) - mean;
            between += counts[k] * d * d;
        }
        return within == 0 ? double.NaN : Math.Sqrt(Math.Min(between / within, 1));
    }

    /// <summary>Cramér's V from the contingency table of two category columns.</summary>
    public static double CramersV(TextColumn a, TextColumn b)
    {
        var (rows, columns) = (a.Dictionary.Length, b.Dictionary.Length);
        var table = new long[rows * columns];
        var x = a.Codes;
        var y = b.Codes;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] >= 0 && y[i] >= 0)
                table[(x[i] * columns) + y[i]]++;
        }
        return Statistics.CramersV(table, rows, columns);
    }
}
