using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Reading;

/// <summary>Checks that a source can be read and holds what a project needs, without throwing.</summary>
public static class SourceAvailability
{
    /// <summary>Loads the source and reports what it holds; a missing or unreadable source is reported in
    /// <see cref="AvailabilityResult.Problem"/>, never thrown.</summary>
    /// <param name="requiredColumns">Columns the project needs (target, features).</param>
    /// <param name="timeColumn">A date column whose latest value is reported, or null.</param>
    public static Task<AvailabilityResult> CheckAsync(DataSource source, ImmutableArray<string> requiredColumns, string? timeColumn, CancellationToken ct) =>
        CheckAsync(source, requiredColumns, timeColumn, new LoadOptions(), ct);

    /// <summary>The same check, reading the source with the project's kind overrides and missing markers.</summary>
    public static async Task<AvailabilityResult> CheckAsync(DataSource source, ImmutableArray<string> requiredColumns, string? timeColumn, LoadOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var described = source.Describe();
        var file = source switch
        {
            CsvSource c => c.Path,
            ParquetSource p => p.Path,
            SqlSource { IsPostgres: false } s => SqlSource.SqliteFile(s.Connection),
            _ => null,
        };
        if (file is not null && !File.Exists(file))
            return Failed(described, false, null, $"{file} does not exist.");
        DateTimeOffset? modified = file is null ? null : new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
        LoadedTable loaded;
        try
        {
            loaded = await TableLoader.LoadAsync(source, options, null, ct);
        }
        catch (Exception e) when (e is UserErrorException or IOException or UnauthorizedAccessException)
        {
            var reachable = file is not null || !e.Message.StartsWith("Could not connect", StringComparison.Ordinal);
            return Failed(described, reachable, modified, e.Message);
        }
        var table = loaded.Table;
        var missing = requiredColumns.IsDefault ? [] : requiredColumns.Where(c => table.Find(c) is null).ToImmutableArray();
        string? problem = missing.IsEmpty ? null : $"{described} lacks the required columns {string.Join(", ", missing)}.";
        DateTimeOffset? newest = null;
        if (timeColumn is not null)
        {
            switch (table.Find(timeColumn))
            {
                case null:
                    problem ??= $"{described} has no time column '{timeColumn}'.";
                    break;
                case DateTimeColumn dates:
                    newest = Newest(dates);
                    break;
                default:
                    problem ??= $"The time column '{timeColumn}' of {described} does not hold dates.";
                    break;
            }
        }
        return new AvailabilityResult(described, true, true, table.RowCount, table.Columns.Length, modified, newest, missing, problem);
    }

    private static DateTimeOffset? Newest(DateTimeColumn dates)
    {
        var max = DateTimeColumn.Missing;
        foreach (var t in dates.Ticks)
            max = Math.Max(max, t);
        return max == DateTimeColumn.Missing ? null : new DateTimeOffset(max, TimeSpan.Zero);
    }

    private static AvailabilityResult Failed(string source, bool reachable, DateTimeOffset? modified, string problem) =>
        new(source, reachable, false, null, null, modified, null, [], problem);
}
