using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Data.Reading;

/// <summary>Loads any <see cref="DataSource"/> into a typed table with a report of what was read and repaired.</summary>
/// <remarks>Problems a user can fix (missing file, empty file, unterminated quote, bad query, unreachable server)
/// throw <see cref="UserErrorException"/>; bad rows are rejected and counted, never fatal.</remarks>
public static class TableLoader
{
    /// <summary>Loads the source.</summary>
    /// <param name="rowsRead">Receives the running count of rows read.</param>
    /// <exception cref="UserErrorException">The source is missing, empty or unreadable, or the options do not fit it.</exception>
    public static async Task<LoadedTable> LoadAsync(DataSource source, LoadOptions options, IProgress<long>? rowsRead, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        switch (source)
        {
            case CsvSource csv:
                return await Task.Run(() => CsvLoader.Load(csv, options, rowsRead, ct), ct);
            case ParquetSource parquet:
                return await LoadParquetAsync(parquet, options, rowsRead, ct);
            case SqlSource sql:
                return await SqlLoader.LoadAsync(sql, options, rowsRead, ct);
            default:
                throw new ArgumentException($"Unknown source type {source.GetType().Name}.", nameof(source));
        }
    }

    private static async Task<LoadedTable> LoadParquetAsync(ParquetSource source, LoadOptions options, IProgress<long>? rowsRead, CancellationToken ct)
    {
        if (!File.Exists(source.Path))
            throw new UserErrorException($"The data file {source.Path} does not exist.", "Check the path in carbet.yaml (it is relative to the project folder).");
        await using var stream = File.OpenRead(source.Path);
        var (table, repairs, invalid) = await ParquetTableReader.ReadAsync(stream, source.Path, options, ct);
        if (options.MaxRows is { } max && table.RowCount > max)
            table = Truncate(table, (int)max);
        rowsRead?.Report(table.RowCount);
        var report = new LoadReport(source.Describe(), "parquet", table.RowCount, table.RowCount, 0,
            ImmutableSortedDictionary<string, long>.Empty, [], null, null, true, false, repairs, invalid);
        return new LoadedTable(table, report);
    }

    private static Tables.DataTable Truncate(Tables.DataTable table, int rows) =>
        new(table.Source, table.Columns.Select(c => Head(c, rows)), [.. table.SourceLines.Take(rows)]);

    private static Tables.DataColumn Head(Tables.DataColumn column, int rows) => column switch
    {
        Tables.NumericColumn n => new Tables.NumericColumn(n.Name, n.Kind, n.Values[..rows].ToArray(), n.MissingTokens),
        Tables.DateTimeColumn d => new Tables.DateTimeColumn(d.Name, d.Ticks[..rows].ToArray(), d.HasTime, d.MissingTokens),
        Tables.TextColumn t => new Tables.TextColumn(t.Name, t.Kind, t.Codes[..rows].ToArray(), t.Dictionary, t.MissingTokens),
        _ => throw new ArgumentException($"Unknown column type {column.GetType().Name}.", nameof(column)),
    };
}
