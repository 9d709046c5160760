using System.Data.Common;

using Carbet.Tracking.Runs;

using Microsoft.EntityFrameworkCore;

using Npgsql;

using NpgsqlTypes;

namespace Carbet.Tracking.Storage;

/// <summary>The store in a PostgreSQL database, shared by many processes and machines.</summary>
internal sealed partial class PostgresStoreEngine : StoreEngine
{
    private const string CopyMetrics = "COPY metrics (run_id, key, value, step, timestamp) FROM STDIN (FORMAT BINARY)";

    private readonly string _connectionString;
    private readonly DbContextOptions<PostgresStoreDbContext> _options;

    private PostgresStoreEngine(NpgsqlConnectionStringBuilder settings, StoreHooks hooks)
    {
        _connectionString = settings.ConnectionString;
        Description = Describe(settings);
        _options = new DbContextOptionsBuilder<PostgresStoreDbContext>()
            .UseNpgsql(_connectionString)
            .AddInterceptors(hooks.Interceptors)
            .Options;
    }

    public override string Description { get; }

    public override string ForShare => " FOR SHARE";

    public override string ForUpdate => " FOR UPDATE";

    // set_config(..., true) lasts until the end of the transaction: a command sent without BEGIN runs its statements
    // in one implicit transaction, committed at the end of the command, so the setting covers that commit and no other.
    public override string AsyncCommit => AsyncCommitSql;

    internal const string AsyncCommitSql = "SELECT set_config('synchronous_commit', 'off', true);\n";

    public override StoreDbContext CreateContext() => new PostgresStoreDbContext(_options);

    public override object TimestampParameter(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();

    /// <summary>Binary COPY in the caller's transaction: one round trip for the whole batch.</summary>
    public override async Task InsertMetricsAsync(StoreDbContext db, long runId, IReadOnlyList<MetricPoint> points, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync(CopyMetrics, ct);
        foreach (var point in points)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(runId, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(point.Key, NpgsqlDbType.Text, ct);
            if (double.IsNaN(point.Value))
                await writer.WriteNullAsync(ct);
            else
                await writer.WriteAsync(point.Value, NpgsqlDbType.Double, ct);
            await writer.WriteAsync(point.Step, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(point.Timestamp.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        }
        await writer.CompleteAsync(ct);
    }

    protected override bool IsConflict(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    public override ValueTask DisposeAsync()
    {
        using var connection = new NpgsqlConnection(_connectionString);
        NpgsqlConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    /// <summary>Host, port, database and user: everything but the password.</summary>
    internal static string Describe(NpgsqlConnectionStringBuilder settings) =>
        $"{settings.Host}:{settings.Port}/{DatabaseName(settings)} as {settings.Username}";

    /// <summary>The database Npgsql connects to: the one named, else the user's own.</summary>
    internal static string? DatabaseName(NpgsqlConnectionStringBuilder settings) => settings.Database ?? settings.Username;
}
