using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Steps that repair or convert the values of one column.</summary>
internal static class ValueOperations
{
    public static StepOutcome FixUnits(DataTable table, StepContext ctx, FixUnits step)
    {
        var column = ctx.Numeric(table, step.Column);
        if (!(step.Factor > 0))
            throw ctx.Error($"the factor for '{step.Column}' is {step.Factor}.", "Set factor to a positive number, such as 12 for annual to monthly.");
        var values = column.Values.ToArray();
        long changed = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (step.Fix == UnitFix.DivideAbove && values[i] > step.Threshold)
                values[i] /= step.Factor;
            else if (step.Fix == UnitFix.MultiplyBelow && values[i] < step.Threshold)
                values[i] *= step.Factor;
            else
                continue;
            changed++;
        }
        var how = step.Fix == UnitFix.DivideAbove ? "divided by" : "multiplied by";
        return new StepOutcome(TableEdit.Replace(table, new NumericColumn(column.Name, column.Kind, values, column.MissingTokens)), step,
            string.Create(CultureInfo.InvariantCulture, $"In '{step.Column}', {changed} values beyond {step.Threshold} {how} {step.Factor}."), changed);
    }

    public static StepOutcome Cast(DataTable table, StepContext ctx, CastType step)
    {
        var column = ctx.Column(table, step.Column);
        long lost = 0;
        DataColumn cast = step.Kind switch
        {
            ColumnKind.Integer or ColumnKind.Number or ColumnKind.Boolean => ToNumber(column, step.Kind, out lost),
            ColumnKind.Category or ColumnKind.Text or ColumnKind.Identifier => column is TextColumn t
                ? new TextColumn(t.Name, step.Kind, t.Codes.ToArray(), t.Dictionary, t.MissingTokens)
                : TextColumn.FromValues(column.Name, step.Kind, Enumerable.Range(0, column.Length).Select(column.Format), column.MissingTokens),
            ColumnKind.DateTime => ToDate(column, out lost),
            _ => throw ctx.Error($"kind {step.Kind} is unknown.", "Use integer, number, boolean, category, text, date_time or identifier."),
        };
        var changed = Enumerable.Range(0, column.Length).LongCount(r => !string.Equals(column.Format(r), cast.Format(r), StringComparison.Ordinal));
        var notes = lost > 0 ? new[] { $"{lost} values of '{column.Name}' could not be read as {step.Kind} and are now missing" } : [];
        return new StepOutcome(TableEdit.Replace(table, cast), step,
            $"Cast '{column.Name}' from {column.Kind} to {step.Kind}; {changed} values changed.", changed)
        { Notes = notes };
    }

    private static NumericColumn ToNumber(DataColumn column, ColumnKind kind, out long lost)
    {
        var values = new double[column.Length];
        lost = 0;
        for (var row = 0; row < values.Length; row++)
        {
            var value = column is NumericColumn n ? n[row] : column.Format(row) is { } text ? Parse(text, kind) : double.NaN;
            if (!column.IsMissing(row) && double.IsNaN(value))
                lost++;
            values[row] = kind == ColumnKind.Integer ? Math.Round(value, MidpointRounding.ToEven) : value;
        }
        return new NumericColumn(column.Name, kind, values, column.MissingTokens);
    }

    private static double Parse(string text, ColumnKind kind)
    {
        text = text.Trim();
        if (kind == ColumnKind.Boolean)
        {
            return text.ToUpperInvariant() switch
            {
                "TRUE" or "YES" or "Y" or "1" => 1,
                "FALSE" or "NO" or "N" or "0" => 0,
                _ => double.NaN,
            };
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }

    private static DateTimeColumn ToDate(DataColumn column, out long lost)
    {
        if (column is DateTimeColumn same)
        {
            lost = 0;
            return same;
        }
        var ticks = new long[column.Length];
        var hasTime = false;
        lost = 0;
        for (var row = 0; row < ticks.Length; row++)
        {
            ticks[row] = DateTimeColumn.Missing;
            if (column.Format(row) is not { } text)
                continue;
            if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            {
                ticks[row] = date.Ticks;
                hasTime |= date.TimeOfDay != TimeSpan.Zero;
            }
            else
            {
                lost++;
            }
        }
        return new DateTimeColumn(column.Name, ticks, hasTime, column.MissingTokens);
    }
}
