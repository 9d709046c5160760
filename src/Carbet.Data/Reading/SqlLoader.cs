using System.Collections.Immutable;
using System.Data.Common;
using System.Net.Sockets;

using Carbet.Core;
using Carbet.Data.Tables;

using Microsoft.Data.Sqlite;

using Npgsql;

namespace Carbet.Data.Reading;

/// <summary>Runs a query on PostgreSQL (Npgsql) or SQLite and turns its rows into a table.</summary>
/// <remarks>Kinds follow the result's value types; text columns are inferred like CSV columns. Messages name the
/// source through <see cref="SqlSource.Describe"/>, so they never show a password.</remarks>
internal static class SqlLoader
{
    private const int ProgressEvery = 8192;

    public static DbConnection Connect(SqlSource source)
    {
        try
        {
            return source.IsPostgres
                ? new NpgsqlConnection(SqlSource.PostgresBuilder(source.Connection).ConnectionString)
                : new SqliteConnection(SqlSource.SqliteBuilder(source.Connection).ConnectionString);
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            throw new UserErrorException($"The connection for {source.Describe()} cannot be parsed.",
                "Write it as Host=...;Database=...;Username=... or postgres://user@host/db for PostgreSQL, or a file path for SQLite.");
        }
    }

    public static async Task OpenAsync(DbConnection connection, SqlSource source, CancellationToken ct)
    {
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (Exception e) when (IsDatabaseError(e))
        {
            throw new UserErrorException($"Could not connect to {source.Describe()}: {e.Message}",
                "Check that the server runs and the connection (host, port, database, user, password) is right.");
        }
    }

    public static async Task<LoadedTable> LoadAsync(SqlSource source, LoadOptions options, IProgress<long>? rowsRead, CancellationToken ct)
    {
        await using var connection = Connect(source);
        await OpenAsync(connection, source, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = source.Query;
        DbDataReader reader;
        try
        {
            reader = await command.ExecuteReaderAsync(ct);
        }
        catch (Exception e) when (IsDatabaseError(e))
        {
            throw new UserErrorException($"The query on {source.Describe()} failed: {e.Message}", "Fix the query in carbet.yaml (data.query) and try again.");
        }
        await using var _ = reader;
        var repairs = new List<string>();
        var names = ColumnNames.Repair([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)], repairs);
        OverrideCheck.Check(options, names, source.Describe());
        var columns = names.Select(n => new SqlColumn(n)).ToArray();
        var rows = 0L;
        while ((options.MaxRows is null || rows < options.MaxRows) && await reader.ReadAsync(ct))
        {
            for (var i = 0; i < columns.Length; i++)
                columns[i].Add(reader.IsDBNull(i) ? null : reader.GetValue(i));
            if (++rows % ProgressEvery == 0)
                rowsRead?.Report(rows);
        }
        rowsRead?.Report(rows);
        var missing = options.MissingTokens.ToHashSet(StringComparer.Ordinal);
        var builders = new List<ColumnBuilder>();
        var built = columns.Select(c => TextValues.ToColumn(c.Name, c.ToValues(), options, missing, builders)).ToList();
        var table = new DataTable(source.Describe(), built, [.. Enumerable.Range(1, (int)rows).Select(i => (long)i)]);
        var report = new LoadReport(source.Describe(), source.IsPostgres ? "postgresql" : "sqlite", rows, rows, 0,
            ImmutableSortedDictionary<string, long>.Empty, [], null, null, true, false,
            OverrideCheck.AddInvalidRepairs(builders, repairs.ToImmutableArray().ToBuilder()), OverrideCheck.Invalid(builders));
        return new LoadedTable(table, report);
    }

    public static bool IsDatabaseError(Exception e) =>
        e is DbException or SocketException or TimeoutException or InvalidOperationException or ArgumentException;
}
