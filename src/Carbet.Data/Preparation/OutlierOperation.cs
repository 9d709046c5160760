using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Clips or flags values outside quantile bounds; bounds are learned once, then carried by the fitted step.</summary>
internal static class OutlierOperation
{
    public static StepOutcome Apply(DataTable table, StepContext ctx, Outliers step)
    {
        if (!(step.Lower is >= 0 and <= 1) || !(step.Upper is >= 0 and <= 1) || step.Lower > step.Upper)
            throw ctx.Error($"quantiles {step.Lower} and {step.Upper} are not 0 <= lower <= upper <= 1.", "Use lower 0.01 and upper 0.99, for instance.");
        var bounds = step.Bounds ?? Fit(table, ctx, step);
        var fitted = step with { Bounds = bounds, Columns = [.. bounds.Keys] };
        var next = table;
        long changed = 0;
        var added = new List<string>();
        var notes = new List<string>();
        foreach (var (name, b) in bounds.OrderBy(p => table.Columns.IndexOf(ctx.Column(table, p.Key))))
        {
            var column = ctx.Numeric(table, name);
            var outside = column.Values.ToArray().Select(v => v < b.Low || v > b.High).ToArray();
            var count = outside.Count(o => o);
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {count} values outside [{b.Low}, {b.High}]"));
            if (step.Strategy == OutlierStrategy.ClipQuantiles)
            {
                changed += count;
                var clipped = column.Values.ToArray().Select(v => double.IsNaN(v) ? v : Math.Clamp(v, b.Low, b.High)).ToArray();
                next = TableEdit.Replace(next, new NumericColumn(name, column.Kind, clipped, column.MissingTokens));
            }
            else
            {
                var flag = $"{name}_outlier";
                if (next.Find(flag) is not null)
                    throw ctx.Error($"column '{flag}' already exists.", "Rename it, or clip instead of flagging.");
                next = TableEdit.InsertAfter(next, name, TableEdit.Flags(flag, outside));
                added.Add(flag);
            }
        }
        var verb = step.Strategy == OutlierStrategy.ClipQuantiles ? "Clipped" : "Flagged";
        return new StepOutcome(next, fitted, $"{verb} outliers in {bounds.Count} columns.", changed) { Added = added, Notes = notes };
    }

    private static Dictionary<string, QuantileBounds> Fit(DataTable table, StepContext ctx, Outliers step)
    {
        var bounds = new Dictionary<string, QuantileBounds>(StringComparer.Ordinal);
        foreach (var column in ctx.Columns(table, step.Columns, c => c.Kind is ColumnKind.Integer or ColumnKind.Number))
        {
            var sorted = Stats.SortedPresent(ctx.Numeric(table, column.Name));
            if (sorted.Length > 0)
                bounds[column.Name] = new QuantileBounds(Stats.NearestRank(sorted, step.Lower), Stats.NearestRank(sorted, step.Upper));
        }
        return bounds;
    }
}
