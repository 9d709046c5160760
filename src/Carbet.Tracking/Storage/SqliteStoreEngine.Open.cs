using Carbet.Core;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

internal sealed partial class SqliteStoreEngine
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    /// <summary>Opens the file, or creates it; a file that is not a Carbet store is refused and left untouched.</summary>
    public static async Task<SqliteStoreEngine> OpenAsync(string path, SqliteConnectionStringBuilder settings, StoreHooks hooks, CancellationToken ct)
    {
        if (Directory.Exists(path))
            throw new UserErrorException($"The store path {path} is a folder.", "Point --store at a file such as .carbet/carbet.db.");
        settings.DataSource = path;
        settings.Mode = SqliteOpenMode.ReadWriteCreate;
        var engine = new SqliteStoreEngine(path, settings.ToString(), hooks);
        try
        {
            var found = await InspectAsync(path, ct);
            await using var db = engine.CreateContext();
            StoreMigrations.EnsureCompatible(db, found, path, () => new UserErrorException(
                $"The file {path} is a SQLite database but not a Carbet store.",
                "Point --store at a Carbet store or at a new file; Carbet leaves this one untouched."));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            await db.Database.OpenConnectionAsync(ct);
            // persistent in the file: readers never wait for the writer, and concurrent writers queue
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
            await StoreMigrations.MigrateAsync(db, hooks.TargetMigration, ct);
            return engine;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            await engine.DisposeAsync();
            throw new UserErrorException($"Cannot open the store at {path}: {e.Message}",
                "Check that the folder exists and is writable, or point --store at another path.", e);
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    private static async Task<StoreInspection> InspectAsync(string path, CancellationToken ct)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0)
            return StoreInspection.Empty;
        if (!await HasSqliteHeaderAsync(path, ct))
            throw NotSqlite(path);
        var readOnly = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            await using var connection = new SqliteConnection(readOnly.ToString());
            await connection.OpenAsync(ct);
            var tables = await ReadStringsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", ct);
            var applied = tables.Contains(StoreInspection.HistoryTable)
                ? await ReadStringsAsync(connection, $"SELECT \"MigrationId\" FROM \"{StoreInspection.HistoryTable}\"", ct)
                : [];
            return StoreInspection.From(tables, applied);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            throw NotSqlite(path);
        }
    }

    private static async Task<bool> HasSqliteHeaderAsync(string path, CancellationToken ct)
    {
        var expected = "SQLite format 3\0"u8.ToArray();
        var header = new byte[expected.Length];
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        return read == header.Length && header.AsSpan().SequenceEqual(expected);
    }

    private static async Task<List<string>> ReadStringsAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct))
            values.Add(reader.GetString(0));
        return values;
    }

    private static UserErrorException NotSqlite(string path) => new(
        $"The file {path} is not a SQLite database (it may be corrupt, or another kind of file).",
        "Move it away or point --store at another path; Carbet leaves it untouched.");
}
