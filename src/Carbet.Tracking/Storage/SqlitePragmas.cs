using System.Data.Common;

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Carbet.Tracking.Storage;

/// <summary>Per-connection settings: writers from other connections or processes wait up to 30 s for
/// the write lock instead of failing, and WAL commits skip the fsync of every transaction.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>The one instance: EF builds a service provider (and model) per distinct set of interceptors.</summary>
    public static SqlitePragmas Instance { get; } = new();

    public const string Sql = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
