using System.Globalization;

using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Order statistics used by fitted steps.</summary>
internal static class Stats
{
    public static double[] SortedPresent(NumericColumn column)
    {
        var values = column.Values.ToArray().Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(values);
        return values;
    }

    public static double Median(double[] sorted) => sorted.Length == 0 ? double.NaN
        : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
        : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    /// <summary>The nearest-rank quantile: the smallest value with at least a share <paramref name="p"/> at or below it.</summary>
    public static double NearestRank(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling((p * sorted.Length) - 1e-9) - 1, 0, sorted.Length - 1)];

    /// <summary>The most frequent present value as invariant text (ties: first in ordinal order), or null when none.</summary>
    public static string? Mode(DataColumn column)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < column.Length; row++)
        {
            if (column.Format(row) is { } value)
                counts[value] = counts.GetValueOrDefault(value) + 1;
        }
        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault();
    }

    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
