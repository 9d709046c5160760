using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>The rows of a table known before a date: what a model could have learnt from at that date.</summary>
/// <param name="Table">The rows whose time is before the cutoff, in their original order.</param>
/// <param name="RowsLater">Rows at or after the cutoff, left out.</param>
/// <param name="RowsWithoutTime">Rows whose time is missing, left out: nothing says they were known.</param>
public sealed record TimeWindow(DataTable Table, int RowsLater, int RowsWithoutTime)
{
    /// <summary>Keeps the rows whose <paramref name="column"/> is before <paramref name="before"/>.</summary>
    /// <exception cref="UserErrorException">The column is absent or not a date, or no row is left.</exception>
    public static TimeWindow Before(DataTable table, string column, DateTime before)
    {
        ArgumentNullException.ThrowIfNull(table);
        var day = before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (table.Find(column) is not DateTimeColumn times)
            throw new UserErrorException($"Column '{column}' is not a date column of the prepared data, so rows cannot be kept before {day}.",
                "Set data.time in carbet.yaml to a date column, or leave the cutoff out.");
        var cutoff = DateTime.SpecifyKind(before, DateTimeKind.Utc).Ticks;
        var kept = new List<int>(table.RowCount);
        var (later, missing) = (0, 0);
        for (var row = 0; row < table.RowCount; row++)
        {
            var ticks = times.Ticks[row];
            if (ticks == DateTimeColumn.Missing)
                missing++;
            else if (ticks >= cutoff)
                later++;
            else
                kept.Add(row);
        }
        if (kept.Count == 0)
            throw new UserErrorException($"No row of the prepared data has '{column}' before {day}.", "Choose a later cutoff date.");
        return new(TableEdit.KeepRows(table, kept), later, missing);
    }
}
