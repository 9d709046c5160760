using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Fills or drops missing values; fill values are learned once, then carried by the fitted step.</summary>
internal static class MissingOperation
{
    public static StepOutcome Apply(DataTable table, StepContext ctx, HandleMissing step)
    {
        if (step.Strategy == MissingStrategy.Drop)
            return DropRows(table, ctx, step);
        var fills = step.Fills ?? Fit(table, ctx, step);
        var fitted = step with { Fills = fills, Columns = [.. fills.Keys] };
        var next = table;
        long changed = 0;
        var added = new List<string>();
        foreach (var (name, fill) in fills.OrderBy(f => table.Columns.IndexOf(ctx.Column(table, f.Key))))
        {
            var column = ctx.Column(table, name);
            var missing = Enumerable.Range(0, column.Length).Select(column.IsMissing).ToArray();
            changed += missing.Count(m => m);
            next = TableEdit.Replace(next, Filled(column, fill, ctx));
            if (step.AddIndicator)
            {
                var indicator = $"{name}_missing";
                if (next.Find(indicator) is not null)
                    throw ctx.Error($"column '{indicator}' already exists.", "Rename it, or set add_indicator to false.");
                next = TableEdit.InsertAfter(next, name, TableEdit.Flags(indicator, missing));
                added.Add(indicator);
            }
        }
        var notes = fills.Select(f => $"{f.Key}: missing filled with {f.Value}").ToList();
        return new StepOutcome(next, fitted, $"Filled {changed} missing values in {fills.Count} columns ({step.Strategy}).", changed)
        { Added = added, Notes = notes };
    }

    private static Dictionary<string, string> Fit(DataTable table, StepContext ctx, HandleMissing step)
    {
        var explicitColumns = step.Columns is { Count: > 0 };
        var fills = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in ctx.Columns(table, step.Columns, c => c.MissingCount > 0 && c.Kind != ColumnKind.DateTime))
        {
            var strategy = step.Strategy;
            if (strategy == MissingStrategy.Median && column is not NumericColumn { Kind: not ColumnKind.Boolean })
            {
                if (explicitColumns)
                    throw ctx.Error($"column '{column.Name}' is {column.Kind}, which has no median.", "Use the mode or a constant for it.");
                strategy = MissingStrategy.Mode;
            }
            var fill = strategy switch
            {
                MissingStrategy.Median => Stats.Text(Stats.Median(Stats.SortedPresent((NumericColumn)column))),
                MissingStrategy.Mode => Stats.Mode(column),
                _ => step.Value ?? throw ctx.Error("the constant strategy has no value.", "Set value to the fill value."),
            };
            if (fill is null || fill == "NaN")
                throw ctx.Error($"column '{column.Name}' has no values to learn a fill from.", "Drop the column, or fill it with a constant.");
            fills[column.Name] = fill;
        }
        return fills;
    }

    private static DataColumn Filled(DataColumn column, string fill, StepContext ctx)
    {
        switch (column)
        {
            case NumericColumn numbers:
                if (!double.TryParse(fill, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    throw ctx.Error($"'{fill}' is not a number, but column '{column.Name}' is {column.Kind}.", "Give a numeric fill value.");
                return new NumericColumn(numbers.Name, numbers.Kind, [.. numbers.Values.ToArray().Select(v => double.IsNaN(v) ? value : v)], numbers.MissingTokens);
            case TextColumn text:
                return TextColumn.FromValues(text.Name, text.Kind, Enumerable.Range(0, text.Length).Select(r => text[r] ?? fill), text.MissingTokens);
            default:
                throw ctx.Error($"column '{column.Name}' is {column.Kind}, which cannot be filled.", "Drop rows with missing dates instead.");
        }
    }

    private static StepOutcome DropRows(DataTable table, StepContext ctx, HandleMissing step)
    {
        var columns = ctx.Columns(table, step.Columns, _ => true);
        var dropped = new List<(int, string)>();
        for (var row = 0; row < table.RowCount; row++)
        {
            if (columns.FirstOrDefault(c => c.IsMissing(row)) is { } first)
                dropped.Add((row, $"missing {first.Name}"));
        }
        return RowOperations.Drop(table, step, dropped, $"Dropped {dropped.Count} rows with missing values.");
    }
}
