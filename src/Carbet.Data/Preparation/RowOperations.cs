using System.Globalization;
using System.Text;

using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Steps that drop rows or columns.</summary>
internal static class RowOperations
{
    public static StepOutcome DropEmptyRows(DataTable table, DropEmptyRows step)
    {
        var dropped = Enumerable.Range(0, table.RowCount)
            .Where(r => table.Columns.Length > 0 && table.Columns.All(c => c.IsMissing(r)))
            .Select(r => (r, "every value missing"))
            .ToList();
        return Drop(table, step, dropped, $"Dropped {dropped.Count} empty rows.");
    }

    public static StepOutcome DropDuplicates(DataTable table, StepContext ctx, DropDuplicates step)
    {
        var id = step.IdColumn is { } name ? ctx.Column(table, name) : null;
        var firstOfRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var dropped = new List<(int, string)>();
        var near = new List<string>();
        for (var row = 0; row < table.RowCount; row++)
        {
            var key = RowKey(table, row);
            if (firstOfRow.TryGetValue(key, out var first))
            {
                dropped.Add((row, $"duplicate of line {table.SourceLines[first]}"));
                continue;
            }
            firstOfRow.Add(key, row);
            if (id?.Format(row) is { } value && !firstOfId.TryAdd(value, row))
                near.Add(string.Create(CultureInfo.InvariantCulture, $"{id.Name} '{value}' on lines {table.SourceLines[firstOfId[value]]} and {table.SourceLines[row]} with different values"));
        }
        var notes = near.Count == 0 ? [] : near.Take(20).Prepend($"{near.Count} near-duplicates: rows sharing an id but differing elsewhere (kept)").ToList();
        return Drop(table, step, dropped, $"Dropped {dropped.Count} exact duplicate rows.") with { Notes = notes };
    }

    public static StepOutcome DropEmptyColumns(DataTable table, StepContext ctx, DropEmptyColumns step)
    {
        var names = step.Columns ?? [.. table.Columns.Where(c => table.RowCount > 0 && c.MissingCount == c.Length).Select(c => c.Name)];
        var fitted = step with { Columns = names };
        return DropNamed(table, ctx, fitted, names, "empty");
    }

    public static StepOutcome DropColumns(DataTable table, StepContext ctx, DropColumns step) =>
        DropNamed(table, ctx, step, step.Columns, step.Reason);

    private static StepOutcome DropNamed(DataTable table, StepContext ctx, RecipeStep step, IReadOnlyList<string> names, string reason)
    {
        foreach (var name in names)
            ctx.Column(table, name);
        var drop = names.ToHashSet(StringComparer.Ordinal);
        return new StepOutcome(TableEdit.With(table, table.Columns.Where(c => !drop.Contains(c.Name))), step,
            $"Dropped {drop.Count} columns ({reason}).")
        { Removed = [.. table.Columns.Where(c => drop.Contains(c.Name)).Select(c => c.Name)] };
    }

    public static StepOutcome Drop(DataTable table, RecipeStep step, List<(int Row, string Reason)> dropped, string description)
    {
        var gone = dropped.Select(d => d.Row).ToHashSet();
        var kept = Enumerable.Range(0, table.RowCount).Where(r => !gone.Contains(r)).ToList();
        var next = dropped.Count == 0 ? table : TableEdit.KeepRows(table, kept);
        return new StepOutcome(next, step, description) { Dropped = dropped };
    }

    private static string RowKey(DataTable table, int row)
    {
        var key = new StringBuilder();
        foreach (var column in table.Columns)
        {
            // a length prefix keeps "a,b" + "c" apart from "a" + "b,c"; a lone marker stands for missing
            if (column.Format(row) is { } value)
                key.Append(value.Length).Append(':').Append(value);
            else
                key.Append('~');
        }
        return key.ToString();
    }
}
