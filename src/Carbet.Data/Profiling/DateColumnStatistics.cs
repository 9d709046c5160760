using System.Runtime.InteropServices;

using Carbet.Data.Tables;

namespace Carbet.Data.Profiling;

/// <summary>Profiles a date column: count, distinct values and range.</summary>
internal static class DateColumnStatistics
{
    /// <param name="buffers">Scratch space of at least the column length, reused across columns by one worker.</param>
    public static ColumnResult Compute(DateTimeColumn column, SortBuffers buffers)
    {
        // ticks sorted in the worker's value buffer, which is as long as the column and idle between columns
        var sorted = MemoryMarshal.Cast<double, long>(buffers.Values.AsSpan(0, column.Length));
        var n = 0;
        foreach (var ticks in column.Ticks)
        {
            if (ticks != DateTimeColumn.Missing)
                sorted[n++] = ticks;
        }
        sorted[..n].Sort();
        long distinct = 0;
        for (var i = 0; i < n; i++)
            distinct += i == 0 || sorted[i] != sorted[i - 1] ? 1 : 0;
        var range = n > 0
            ? new DateRange(new DateTime(sorted[0], DateTimeKind.Utc), new DateTime(sorted[n - 1], DateTimeKind.Utc))
            : null;
        var profile = new ColumnProfile(column.Name, column.Kind, n, Profiles.Missing(column, column.Length - n), distinct, [], null, range, null);
        return new ColumnResult(profile, null, null);
    }

    /// <summary>The share of rows, among those with both dates, where <paramref name="column"/> is later than <paramref name="time"/>.</summary>
    public static double ShareAfter(DateTimeColumn column, DateTimeColumn time)
    {
        long both = 0, after = 0;
        var a = column.Ticks;
        var b = time.Ticks;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == DateTimeColumn.Missing || b[i] == DateTimeColumn.Missing)
                continue;
            both++;
            after += a[i] > b[i] ? 1 : 0;
        }
        return both == 0 ? 0 : (double)after / both;
    }
}
