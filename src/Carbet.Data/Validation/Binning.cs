namespace Carbet.Data.Validation;

/// <summary>Reference quantile bins and the population stability index over them.</summary>
internal static class Binning
{
    private const double Floor = 1e-4;

    /// <summary>Interior cut points at equal-count quantiles of sorted values, duplicates removed.</summary>
    // quantile edges, since equal widths leave heavy-tailed income bins nearly empty
    public static List<double> Edges(IReadOnlyList<double> sorted, int bins)
    {
        var edges = new List<double>();
        if (sorted.Count == 0)
            return edges;
        for (var b = 1; b < bins; b++)
        {
            var edge = sorted[(int)Math.Min(sorted.Count - 1, Math.Floor((double)b * sorted.Count / bins))];
            if (edges.Count == 0 || edge > edges[^1])
                edges.Add(edge);
        }
        if (edges.Count > 0 && edges[^1] >= sorted[^1])
            edges.RemoveAt(edges.Count - 1);
        return edges;
    }

    /// <summary>The bin of a value: the number of edges strictly below it.</summary>
    public static int Bin(double value, IReadOnlyList<double> edges)
    {
        var (lo, hi) = (0, edges.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (edges[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    public static double[] Shares(long[] counts)
    {
        var total = counts.Sum();
        return [.. counts.Select(c => total == 0 ? 0 : (double)c / total)];
    }

    public static double Psi(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        var psi = 0.0;
        for (var i = 0; i < actual.Count; i++)
        {
            var (e, a) = (Math.Max(i < expected.Count ? expected[i] : 0, Floor), Math.Max(actual[i], Floor));   // empty bin: no log(0)
            psi += (a - e) * Math.Log(a / e);
        }
        return psi;
    }
}
