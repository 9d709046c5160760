using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Validation;

/// <summary>Proposes expectations that the given table meets, to catch later data that departs from it.</summary>
public static class ExpectationSuggester
{
    /// <summary>Suggests, per column: not-null when complete, a range from the observed min and max, an allowed set for
    /// small categories, unique for identifiers, and a reference distribution; for the table: a row count within the
    /// tolerance, and its schema.</summary>
    public static ImmutableArray<Expectation> Suggest(DataTable table, SuggestOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var result = ImmutableArray.CreateBuilder<Expectation>();
        var n = table.RowCount;
        result.Add(new RowCountExpectation(
            (long)Math.Floor(n * (1 - options.RowCountTolerance)), (long)Math.Ceiling(n * (1 + options.RowCountTolerance))));
        result.Add(new SchemaEqualsExpectation(table.Schema));
        foreach (var column in table.Columns)
        {
            if (n > 0 && column.MissingCount == 0)
                result.Add(new NotNullExpectation(column.Name));
            switch (column)
            {
                case NumericColumn numbers:
                    AddNumeric(result, numbers, options);
                    break;
                case TextColumn text:
                    AddText(result, text, options);
                    break;
                default:
                    break;
            }
        }
        return result.ToImmutable();
    }

    private static void AddNumeric(ImmutableArray<Expectation>.Builder result, NumericColumn column, SuggestOptions options)
    {
        var sorted = column.Values.ToArray().Where(v => !double.IsNaN(v)).Order().ToList();
        if (sorted.Count == 0)
            return;
        var widen = (sorted[^1] - sorted[0]) * options.RangeWiden;
        result.Add(new RangeExpectation(column.Name, sorted[0] - widen, sorted[^1] + widen));
        if (column.Kind == ColumnKind.Boolean || sorted[0] == sorted[^1])
            return;
        var edges = Binning.Edges(sorted, options.Bins);
        var counts = new long[edges.Count + 1];
        foreach (var value in sorted)
            counts[Binning.Bin(value, edges)]++;
        result.Add(new DistributionCloseExpectation(column.Name, edges, [], Binning.Shares(counts), options.MaxPsi));
    }

    private static void AddText(ImmutableArray<Expectation>.Builder result, TextColumn column, SuggestOptions options)
    {
        var counts = new long[column.Dictionary.Length];
        foreach (var code in column.Codes)
        {
            if (code >= 0)
                counts[code]++;
        }
        var present = counts.Sum();
        if (present == 0)
            return;
        var used = Enumerable.Range(0, counts.Length).Where(i => counts[i] > 0).ToList();
        if (column.Kind == ColumnKind.Identifier || LooksLikeId(column.Name))
        {
            if (counts.All(c => c <= 1))
                result.Add(new UniqueExpectation(column.Name));
            return;
        }
        if (column.Kind != ColumnKind.Category || used.Count > options.MaxCategories)
            return;
        var categories = used.Select(i => column.Dictionary[i]).Order(StringComparer.Ordinal).ToList();
        var codeOf = used.ToDictionary(i => column.Dictionary[i], i => i, StringComparer.Ordinal);
        result.Add(new AllowedSetExpectation(column.Name, categories));
        var shares = categories.Select(c => (double)counts[codeOf[c]] / present).ToList();
        result.Add(new DistributionCloseExpectation(column.Name, [], categories, shares, options.MaxPsi));
    }

    private static bool LooksLikeId(string name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("_id", StringComparison.OrdinalIgnoreCase)
        || (name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2);
}
