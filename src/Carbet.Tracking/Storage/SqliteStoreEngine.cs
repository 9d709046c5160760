using System.Data.Common;

using Carbet.Tracking.Runs;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

/// <summary>The store in one SQLite file, in WAL mode so readers never wait for the writer.</summary>
internal sealed partial class SqliteStoreEngine : StoreEngine
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const string InsertMetric =
        "INSERT INTO metrics (run_id, key, value, step, timestamp) VALUES (@run, @key, @value, @step, @timestamp)";

    private readonly string _connectionString;
    private readonly DbContextOptions<SqliteStoreDbContext> _options;

    private SqliteStoreEngine(string path, string connectionString, StoreHooks hooks)
    {
        Path = path;
        _connectionString = connectionString;
        _options = new DbContextOptionsBuilder<SqliteStoreDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors([SqlitePragmas.Instance, .. hooks.Interceptors])
            .Options;
    }

    public string Path { get; }

    public override string Description => Path;

    public override string ForShare => "";

    public override string ForUpdate => "";

    public override string AsyncCommit => "";

    public override StoreDbContext CreateContext() => new SqliteStoreDbContext(_options);

    public override object TimestampParameter(DateTimeOffset value) => UtcMicrosecondsConverter.ToMicroseconds(value);

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        UtcMicrosecondsConverter.FromMicroseconds(reader.GetInt64(ordinal));

    /// <summary>One prepared statement reused per row, in the caller's transaction: about 40 times faster than EF's inserts.</summary>
    public override async Task InsertMetricsAsync(StoreDbContext db, long runId, IReadOnlyList<MetricPoint> points, CancellationToken ct)
    {
        await using var command = Command(db, InsertMetric);
        Parameter(command, "@run", runId);
        var key = Parameter(command, "@key", "");
        var value = Parameter(command, "@value", 0.0);
        var step = Parameter(command, "@step", 0L);
        var timestamp = Parameter(command, "@timestamp", 0L);
        await command.PrepareAsync(ct);
        foreach (var point in points)
        {
            key.Value = point.Key;
            value.Value = double.IsNaN(point.Value) ? DBNull.Value : point.Value;
            step.Value = point.Step;
            timestamp.Value = UtcMicrosecondsConverter.ToMicroseconds(point.Timestamp);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    protected override bool IsConflict(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey };

    public override ValueTask DisposeAsync()
    {
        // pooled connections keep the file open; release it so the folder can be moved or deleted
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
