using System.Globalization;

using Carbet.Data.Tables;

namespace Carbet.Data.Validation;

/// <summary>Row-by-row checks of one column.</summary>
internal static class ColumnChecks
{
    public static ExpectationResult NotNull(DataTable table, NotNullExpectation e)
    {
        Validator.CheckMostly(e, e.Mostly);
        if (table.Find(e.Column) is not { } column)
            return Validator.MissingColumn(table, e, e.Column);
        var tally = new FailureTally(table);
        for (var row = 0; row < column.Length; row++)
        {
            if (column.IsMissing(row))
                tally.Fail(row);
            else
                tally.Pass();
        }
        return tally.Result(e, e.Column, e.Mostly, "are missing");
    }

    public static ExpectationResult Range(DataTable table, RangeExpectation e)
    {
        Validator.CheckMostly(e, e.Mostly);
        if (table.Find(e.Column) is not { } column)
            return Validator.MissingColumn(table, e, e.Column);
        if (column is not NumericColumn numbers)
        {
            return new ExpectationResult(e, false, 0, 1, [],
                $"{e.Name}: column '{e.Column}' holds {column.Kind} values, not numbers.");
        }
        var (min, max) = (e.Min ?? double.NegativeInfinity, e.Max ?? double.PositiveInfinity);
        var tally = new FailureTally(table);
        for (var row = 0; row < numbers.Length; row++)
        {
            var value = numbers[row];
            if (double.IsNaN(value))
                continue;
            if (value < min || value > max)
                tally.Fail(row);
            else
                tally.Pass();
        }
        var bounds = string.Create(CultureInfo.InvariantCulture, $"[{e.Min?.ToString("R", CultureInfo.InvariantCulture) ?? "-inf"}, {e.Max?.ToString("R", CultureInfo.InvariantCulture) ?? "inf"}]");
        return tally.Result(e, e.Column, e.Mostly, $"are outside {bounds}");
    }

    public static ExpectationResult AllowedSet(DataTable table, AllowedSetExpectation e)
    {
        if (table.Find(e.Column) is not { } column)
            return Validator.MissingColumn(table, e, e.Column);
        var allowed = new HashSet<string>(e.Values ?? [], StringComparer.Ordinal);
        var tally = new FailureTally(table);
        for (var row = 0; row < column.Length; row++)
        {
            if (column.Format(row) is not { } value)
                continue;
            if (allowed.Contains(value))
                tally.Pass();
            else
                tally.Fail(row);
        }
        return tally.Result(e, e.Column, 1.0, "are not in the allowed set");
    }

    public static ExpectationResult Unique(DataTable table, UniqueExpectation e)
    {
        if (table.Find(e.Column) is not { } column)
            return Validator.MissingColumn(table, e, e.Column);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tally = new FailureTally(table);
        for (var row = 0; row < column.Length; row++)
        {
            if (column.Format(row) is not { } value)
                continue;
            if (seen.Add(value))
                tally.Pass();
            else
                tally.Fail(row);
        }
        return tally.Result(e, e.Column, 1.0, "repeat an earlier value");
    }
}
