using System.Net.Sockets;

using Carbet.Core;

using Npgsql;

namespace Carbet.Tracking.Storage;

internal sealed partial class PostgresStoreEngine
{
    private const string Where = "the connection string (--store or CARBET_STORE)";

    // Npgsql's own migration lock (LOCK TABLE in each migration's transaction) lets a second opener re-apply a
    // migration the first applied meanwhile, so openers queue on an advisory lock; the key is "CARBETM1" in ASCII.
    private const string LockMigrations = "SELECT pg_advisory_lock(4846245118611836209)";
    private const string UnlockMigrations = "SELECT pg_advisory_unlock(4846245118611836209)";

    /// <summary>Connects, checks that the database is a Carbet store of a known version, then migrates it;
    /// concurrent openers wait for each other on an advisory lock.</summary>
    /// <remarks>Errors name host, port, database and user, never the password.</remarks>
    public static async Task<PostgresStoreEngine> OpenAsync(NpgsqlConnectionStringBuilder settings, StoreHooks hooks, CancellationToken ct)
    {
        var engine = new PostgresStoreEngine(settings, hooks);
        try
        {
            await using var connection = await engine.ConnectCreatingDatabaseAsync(settings, ct);
            await ExecuteAsync(connection, LockMigrations, ct);
            try
            {
                var found = await InspectAsync(connection, ct);
                await using var db = engine.CreateContext();
                StoreMigrations.EnsureCompatible(db, found, engine.Description, () => new UserErrorException(
                    $"The PostgreSQL database {engine.Description} holds tables but is not a Carbet store.",
                    $"Point {Where} at an empty database or at a Carbet store; Carbet leaves this one untouched."));
                await StoreMigrations.MigrateAsync(db, hooks.TargetMigration, ct);
            }
            finally
            {
                await ExecuteAsync(connection, UnlockMigrations, CancellationToken.None);
            }
            return engine;
        }
        catch (Exception e) when (IsConnectionProblem(e))
        {
            await engine.DisposeAsync();
            throw engine.ConnectionError(e, settings.Password);
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    /// <summary>An open connection to the store's database, which is created first when the user may.</summary>
    private async Task<NpgsqlConnection> ConnectCreatingDatabaseAsync(NpgsqlConnectionStringBuilder settings, CancellationToken ct)
    {
        try
        {
            return await OpenAsync(_connectionString, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Pooling = false };
            await using (var admin = await OpenAsync(maintenance.ConnectionString, ct))
            {
                try
                {
                    await ExecuteAsync(admin, $"CREATE DATABASE \"{DatabaseName(settings)!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", ct);
                }
                catch (PostgresException created) when (created.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // a concurrent opener created it first
                }
            }
            return await OpenAsync(_connectionString, ct);
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<StoreInspection> InspectAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var tables = await ReadStringsAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", ct);
        var applied = tables.Contains(StoreInspection.HistoryTable)
            ? await ReadStringsAsync(connection, $"SELECT \"MigrationId\" FROM \"{StoreInspection.HistoryTable}\"", ct)
            : [];
        return StoreInspection.From(tables, applied);
    }

    private static async Task<List<string>> ReadStringsAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct))
            values.Add(reader.GetString(0));
        return values;
    }

    private static bool IsConnectionProblem(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification
            or PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.InvalidCatalogName,
        _ => e is NpgsqlException or SocketException or TimeoutException,
    };

    private UserErrorException ConnectionError(Exception e, string? password)
    {
        var reason = Scrub(e is PostgresException pg ? pg.MessageText : e.InnerException?.Message ?? e.Message, password);
        var (problem, fix) = e switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
                ($"The PostgreSQL server refused the login for {Description}: {reason}.", $"Check the user name and password in {Where}."),
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                ($"The PostgreSQL database {Description} does not exist and could not be created: {reason}.",
                    "Create the database (createdb), or grant the user CREATEDB, then try again."),
            PostgresException =>
                ($"The PostgreSQL user may not create the store's tables in {Description}: {reason}.",
                    "Make the user the owner of the database (or grant it CREATE on its schema), then try again."),
            _ => ($"Cannot reach the PostgreSQL store at {Description}: {reason}.",
                $"Check that the server is running and that host, port and database in {Where} are right."),
        };
        return new UserErrorException(problem, fix, e);
    }

    // Npgsql does not put the password in messages; this keeps it so should that ever change.
    private static string Scrub(string message, string? password) =>
        (string.IsNullOrEmpty(password) ? message : message.Replace(password, "***", StringComparison.Ordinal)).TrimEnd('.');
}
