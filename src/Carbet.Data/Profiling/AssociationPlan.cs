using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Profiling;

/// <summary>Which columns enter the pairwise matrices: numeric and category columns that vary, the id excluded, the
/// target first so it is never capped out, then table order up to the cap.</summary>
internal sealed record AssociationPlan(ImmutableArray<int> Numeric, ImmutableArray<int> Categorical, ImmutableArray<string> LeftOut)
{
    public bool Contains(int column) => Numeric.Contains(column) || Categorical.Contains(column);

    public static AssociationPlan Choose(DataTable table, ProfileOptions options)
    {
        var eligible = new List<int>();
        for (var i = 0; i < table.Columns.Length; i++)
        {
            var column = table.Columns[i];
            if (column.Name == options.Id)
                continue;
            var ok = column switch
            {
                NumericColumn numeric => Varies(numeric.Values),
                TextColumn { Kind: ColumnKind.Category } text => Distinct(text) is > 1 and var d && d <= options.HighCardinality,
                _ => false,
            };
            if (ok)
                eligible.Add(i);
        }
        var ordered = eligible.OrderBy(i => table.Columns[i].Name == options.Target ? 0 : 1).ToList();
        var kept = ordered.Take(options.MaxAssociationColumns).Order().ToList();
        var leftOut = ordered.Skip(options.MaxAssociationColumns).Order().Select(i => table.Columns[i].Name).ToImmutableArray();
        return new AssociationPlan([.. kept.Where(i => table.Columns[i] is NumericColumn)],
            [.. kept.Where(i => table.Columns[i] is TextColumn)], leftOut);
    }

    private static bool Varies(ReadOnlySpan<double> values)
    {
        var first = double.NaN;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
                continue;
            if (double.IsNaN(first))
                first = v;
            else if (v != first)
                return true;
        }
        return false;
    }

    private static int Distinct(TextColumn column)
    {
        var seen = new bool[column.Dictionary.Length];
        var distinct = 0;
        foreach (var code in column.Codes)
        {
            if (code >= 0 && !seen[code])
            {
                seen[code] = true;
                distinct++;
            }
        }
        return distinct;
    }
}
