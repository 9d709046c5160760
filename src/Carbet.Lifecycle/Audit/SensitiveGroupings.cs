using System.Collections.Immutable;
using System.Globalization;

using Carbet.Data.Tables;
using Carbet.Evaluation.Fairness;

namespace Carbet.Lifecycle.Audit;

/// <summary>Turns a sensitive column into one group label per row: categories as they are; a number cut into bands, age bands
/// when the column's name says age, else quartiles of the rows given.</summary>
internal static class SensitiveGroupings
{
    public static ImmutableArray<string?> Of(DataColumn column, IReadOnlyList<int> rows)
    {
        if (column is not NumericColumn numbers)
            return [.. rows.Select(column.Format)];
        var values = rows.Select(r => numbers[r]).ToArray();
        return column.Name.Contains("age", StringComparison.OrdinalIgnoreCase)
            ? SensitiveGroups.AgeBands(values)
            : Quartiles(values);
    }

    /// <summary>How a column's groups were formed, for the report.</summary>
    public static string Describe(DataColumn column) => column switch
    {
        NumericColumn when column.Name.Contains("age", StringComparison.OrdinalIgnoreCase) => "age bands (<25, 25-34, 35-44, 45-54, 55-64, 65+)",
        NumericColumn => "quartiles of the audited rows",
        _ => "its categories",
    };

    private static ImmutableArray<string?> Quartiles(double[] values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
            return [.. values.Select(_ => (string?)null)];
        var edges = Enumerable.Range(1, 3).Select(q => sorted[Math.Min(sorted.Length - 1, sorted.Length * q / 4)]).Distinct().ToArray();
        return [.. values.Select(v => double.IsNaN(v) ? null : Band(v, edges, sorted[0], sorted[^1]))];
    }

    private static string Band(double value, double[] edges, double min, double max)
    {
        var i = edges.Count(e => value >= e);
        var low = i == 0 ? min : edges[i - 1];
        var high = i == edges.Length ? max : edges[i];
        return i == edges.Length
            ? string.Create(CultureInfo.InvariantCulture, $"[{low:G6}, {high:G6}]")
            : string.Create(CultureInfo.InvariantCulture, $"[{low:G6}, {high:G6})");
    }
}
