namespace Carbet.Evaluation.Fairness;

/// <summary>A feature's category per scored row, numbered 0..Count−1 over the categories that occur.</summary>
internal sealed record FeatureCategories(int[] Codes, int Count)
{
    public static FeatureCategories Of(ProxyFeature feature, int[] rows, int numericBins) => feature switch
    {
        NumericProxyFeature numeric => Compact(Bins(numeric.Values, rows, numericBins)),
        CategoricalProxyFeature categorical => Compact(Categories(categorical.Values, rows)),
        _ => throw new ArgumentException($"Unknown kind of feature: {feature.GetType().Name}.", nameof(feature)),
    };

    /// <summary>Edges are the distinct values at sorted positions ⌊k·m/bins⌋, k = 1..bins−1, of the m present values;
    /// a value's bin is the number of edges ≤ it (numpy's searchsorted side='right'); missing values get bin edges + 1.</summary>
    internal static int[] Bins(double[] values, int[] rows, int bins)
    {
        var present = new List<double>(rows.Length);
        foreach (var row in rows)
        {
            if (!double.IsNaN(values[row]))
                present.Add(values[row]);
        }
        present.Sort();
        var edges = new List<double>(bins);
        for (var k = 1; k < bins && present.Count > 0; k++)
        {
            var edge = present[(int)((long)k * present.Count / bins)];
            if (edges.Count == 0 || edge != edges[^1])
                edges.Add(edge);
        }
        var sortedEdges = edges.ToArray();
        var codes = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var value = values[rows[i]];
            if (double.IsNaN(value))
            {
                codes[i] = sortedEdges.Length + 1;
                continue;
            }
            var at = Array.BinarySearch(sortedEdges, value);
            codes[i] = at >= 0 ? at + 1 : ~at;
        }
        return codes;
    }

    private static int[] Categories(string?[] values, int[] rows)
    {
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            // code 0 is "(missing)", kept apart from a real value spelled that way
            if (values[rows[i]] is not { } value)
                continue;
            if (!known.TryGetValue(value, out var code))
                known[value] = code = known.Count + 1;
            codes[i] = code;
        }
        return codes;
    }

    private static FeatureCategories Compact(int[] codes)
    {
        var renumbered = new int[codes.Length == 0 ? 0 : codes.Max() + 1];
        Array.Fill(renumbered, -1);
        var count = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (renumbered[codes[i]] < 0)
                renumbered[codes[i]] = count++;
            codes[i] = renumbered[codes[i]];
        }
        return new FeatureCategories(codes, count);
    }
}
