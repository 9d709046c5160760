using System.Data.Common;

using Carbet.Core;

using Microsoft.Data.Sqlite;

using Npgsql;

namespace Carbet.Tracking.Storage;

/// <summary>Which engine a connection string names, and its settings.</summary>
internal abstract record StoreLocation
{
    public const string DefaultFolder = ".carbet";
    public const string DefaultFile = "carbet.db";
    public const string DefaultArtifacts = "artifacts";

    private StoreLocation() { }

    /// <summary>A SQLite file, by full path.</summary>
    public sealed record Sqlite(string Path, SqliteConnectionStringBuilder Settings) : StoreLocation;

    /// <summary>A PostgreSQL database.</summary>
    public sealed record Postgres(NpgsqlConnectionStringBuilder Settings) : StoreLocation;

    /// <summary>Null is the default file; <c>Host=</c>/<c>Server=</c> and <c>postgres://</c> URIs are PostgreSQL;
    /// <c>Data Source=</c> and anything else is a SQLite path, relative to <see cref="StoreOptions.WorkingDirectory"/>.</summary>
    public static StoreLocation Parse(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = options.ConnectionString?.Trim();
        if (string.IsNullOrEmpty(text))
            return SqliteAt(System.IO.Path.Combine(options.WorkingDirectory, DefaultFolder, DefaultFile), new());
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new Postgres(PostgresUri.Parse(text));
        if (!text.Contains('='))
            return SqliteAt(System.IO.Path.Combine(options.WorkingDirectory, text), new());
        var keys = ParseKeys(text);
        if (keys.ContainsKey("host") || keys.ContainsKey("server"))
            return new Postgres(Build(() => new NpgsqlConnectionStringBuilder(text), "PostgreSQL"));
        if (keys.ContainsKey("data source") || keys.ContainsKey("datasource") || keys.ContainsKey("filename"))
        {
            var settings = Build(() => new SqliteConnectionStringBuilder(text), "SQLite");
            return SqliteAt(System.IO.Path.Combine(options.WorkingDirectory, settings.DataSource), settings);
        }
        throw new UserErrorException("The store connection string names neither a PostgreSQL host nor a SQLite file.",
            "Give 'Host=...;Database=...;Username=...' for PostgreSQL, or a path such as .carbet/carbet.db for SQLite.");
    }

    private static Sqlite SqliteAt(string path, SqliteConnectionStringBuilder settings)
    {
        if (settings.DataSource is ":memory:" || settings.Mode == SqliteOpenMode.Memory || path.EndsWith(":memory:", StringComparison.Ordinal))
        {
            throw new UserErrorException("An in-memory SQLite store would vanish when Carbet exits.",
                "Give a file path such as .carbet/carbet.db.");
        }
        return new Sqlite(System.IO.Path.GetFullPath(path), settings);
    }

    private static Dictionary<string, string> ParseKeys(string text)
    {
        // the generic builder only splits key=value pairs; it keeps no value of ours in an error message
        var builder = Build(() => new DbConnectionStringBuilder { ConnectionString = text }, "store");
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string key in builder.Keys)
            keys[key] = "";
        return keys;
    }

    private static T Build<T>(Func<T> build, string engine)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            // the message names the bad keyword, never the values (which may hold a password)
            throw new UserErrorException($"The {engine} connection string is not valid: {e.Message}",
                "Fix the connection string given with --store or CARBET_STORE.");
        }
    }
}
