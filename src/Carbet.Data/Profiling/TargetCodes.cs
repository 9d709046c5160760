using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Profiling;

/// <summary>The target as class codes (-1 missing). A binary target has codes 0 and 1, 1 the positive class; a numeric
/// target with many values is cut into quantile bins, for mutual information only.</summary>
internal sealed class TargetCodes
{
    private TargetCodes(string name, int[] codes, int levels, bool binary, ClassBalance? balance)
    {
        Name = name;
        Codes = codes;
        Levels = levels;
        IsBinary = binary;
        Balance = balance;
    }

    public string Name { get; }

    public int[] Codes { get; }

    public int Levels { get; }

    public bool IsBinary { get; }

    public ClassBalance? Balance { get; }

    public static TargetCodes From(DataColumn column, ProfileOptions options)
    {
        var (codes, labels) = column switch
        {
            TextColumn text => Compact(text.Codes, text.Dictionary.Length, i => text.Dictionary[i]),
            NumericColumn numeric => FromNumbers(numeric.Values, options),
            _ => throw new UserErrorException($"The target '{column.Name}' is a {column.Kind} column.",
                "Choose a category, boolean or numeric column as the target."),
        };
        if (labels.IsDefault)
            return new TargetCodes(column.Name, codes, options.Bins, false, null);
        var counts = new long[labels.Length];
        foreach (var code in codes)
        {
            if (code >= 0)
                counts[code]++;
        }
        var classes = Enumerable.Range(0, labels.Length).OrderByDescending(i => counts[i])
            .ThenBy(i => labels[i], StringComparer.Ordinal).Select(i => new ValueCount(labels[i], counts[i])).ToImmutableArray();
        if (labels.Length != 2)
            return new TargetCodes(column.Name, codes, labels.Length, false, new ClassBalance(column.Name, classes, null, double.NaN));
        var positive = options.Positive ?? (column is NumericColumn ? labels[1] : classes[1].Value);
        var positiveCode = labels.IndexOf(positive);
        if (positiveCode < 0)
            throw new UserErrorException($"The positive class '{positive}' is not a value of the target '{column.Name}'.",
                $"Set the positive class to one of: {string.Join(", ", labels)}.");
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] >= 0)
                codes[i] = codes[i] == positiveCode ? 1 : 0;
        }
        var share = (double)counts[positiveCode] / (counts[0] + counts[1]);
        return new TargetCodes(column.Name, codes, 2, true, new ClassBalance(column.Name, classes, positive, share));
    }

    private static (int[] Codes, ImmutableArray<string> Labels) Compact(ReadOnlySpan<int> source, int size, Func<int, string> label)
    {
        var map = new int[size];
        Array.Fill(map, -1);
        foreach (var code in source)
        {
            if (code >= 0)
                map[code] = 0;
        }
        var used = Enumerable.Range(0, size).Where(i => map[i] == 0).OrderBy(label, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < used.Length; i++)
            map[used[i]] = i;
        var codes = new int[source.Length];
        for (var i = 0; i < codes.Length; i++)
            codes[i] = source[i] < 0 ? -1 : map[source[i]];
        return (codes, [.. used.Select(label)]);
    }

    private static (int[] Codes, ImmutableArray<string> Labels) FromNumbers(ReadOnlySpan<double> values, ProfileOptions options)
    {
        var distinct = new SortedSet<double>();
        foreach (var v in values)
        {
            if (!double.IsNaN(v) && distinct.Add(v) && distinct.Count > options.HighCardinality)
                return (QuantileBins(values, options.Bins), default);
        }
        var levels = distinct.ToArray();
        var codes = new int[values.Length];
        for (var i = 0; i < codes.Length; i++)
            codes[i] = double.IsNaN(values[i]) ? -1 : Array.BinarySearch(levels, values[i]);
        return (codes, [.. levels.Select(v => v.ToString("R", CultureInfo.InvariantCulture))]);
    }

    private static int[] QuantileBins(ReadOnlySpan<double> values, int bins)
    {
        var present = new List<double>(values.Length);
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
                present.Add(v);
        }
        present.Sort();
        var sorted = present.ToArray();
        var edges = Enumerable.Range(1, bins - 1).Select(i => Statistics.Quantile(sorted, (double)i / bins)).ToArray();
        var codes = new int[values.Length];
        for (var i = 0; i < codes.Length; i++)
            codes[i] = double.IsNaN(values[i]) ? -1 : UpperBound(edges, values[i]);
        return codes;
    }

    private static int UpperBound(double[] edges, double value)
    {
        var (lo, hi) = (0, edges.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (edges[mid] <= value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
