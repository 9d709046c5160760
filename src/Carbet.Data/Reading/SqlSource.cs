using Microsoft.Data.Sqlite;

using Npgsql;

namespace Carbet.Data.Reading;

/// <summary>The result of a SQL query on PostgreSQL or SQLite.</summary>
/// <param name="Connection">A PostgreSQL connection string (<c>Host=...</c>) or URI (<c>postgres://user:pw@host/db</c>),
/// else a SQLite connection string (<c>Data Source=x.db</c>) or a database file path.</param>
/// <param name="Query">The query whose rows become the table.</param>
public sealed record SqlSource(string Connection, string Query) : DataSource
{
    /// <summary>Whether the connection names a PostgreSQL server.</summary>
    public bool IsPostgres =>
        Connection.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || Connection.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || Connection.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || Connection.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override string Describe()
    {
        var query = Query.Length > 80 ? Query[..77] + "..." : Query;
        if (!IsPostgres)
            return $"sqlite:{SqliteFile(Connection)} ({query})";
        try
        {
            var b = PostgresBuilder(Connection);
            return $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database} ({query})";
        }
        catch (ArgumentException)
        {
            return $"postgresql (unparsable connection) ({query})";
        }
    }

    /// <summary>The Npgsql settings for a key-value or URI connection.</summary>
    internal static NpgsqlConnectionStringBuilder PostgresBuilder(string connection)
    {
        if (!connection.Contains("://", StringComparison.Ordinal))
            return new NpgsqlConnectionStringBuilder(connection);
        var uri = new Uri(connection);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Database = uri.AbsolutePath.TrimStart('/') };
        if (uri.Port > 0)
            builder.Port = uri.Port;
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
            builder.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length > 1)
            builder.Password = Uri.UnescapeDataString(user[1]);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder;
    }

    /// <summary>The SQLite settings, read-only so that a missing file is an error rather than a new empty database.</summary>
    internal static SqliteConnectionStringBuilder SqliteBuilder(string connection) =>
        new(connection.Contains('=', StringComparison.Ordinal) ? connection : $"Data Source={connection}")
        {
            Mode = SqliteOpenMode.ReadOnly,
        };

    internal static string SqliteFile(string connection)
    {
        try
        {
            return SqliteBuilder(connection).DataSource;
        }
        catch (ArgumentException)
        {
            return connection;
        }
    }
}
