using Carbet.Tracking.Runs;

namespace Carbet.Tracking.Storage;

internal abstract partial class StoreEngine
{
    // Same statement on both engines (SQLite 3.24+ and PostgreSQL 9.5+ share ON CONFLICT); the WHERE keeps
    // the latest point by step, then time, then value, so concurrent batches agree whatever their order.
    private const string UpsertLatest = """
        INSERT INTO latest_metrics (run_id, key, value, step, timestamp) VALUES (@run, @key, @value, @step, @timestamp)
        ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, step = excluded.step, timestamp = excluded.timestamp
        WHERE excluded.step > latest_metrics.step
           OR (excluded.step = latest_metrics.step AND (excluded.timestamp > latest_metrics.timestamp
               OR (excluded.timestamp = latest_metrics.timestamp AND excluded.value > latest_metrics.value)))
        """;

    /// <summary>Folds a batch into <c>latest_metrics</c>, one statement per key, in key order so that
    /// concurrent batches on PostgreSQL lock rows in the same order and cannot deadlock.</summary>
    public async Task UpdateLatestMetricsAsync(StoreDbContext db, long runId, IReadOnlyList<MetricPoint> points, CancellationToken ct)
    {
        var latest = new SortedDictionary<string, MetricPoint>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            if (!latest.TryGetValue(point.Key, out var best) || IsLater(point, best))
                latest[point.Key] = point;
        }
        await using var command = Command(db, UpsertLatest);
        var run = Parameter(command, "@run", runId);
        var key = Parameter(command, "@key", "");
        var value = Parameter(command, "@value", null);
        var step = Parameter(command, "@step", 0L);
        var timestamp = Parameter(command, "@timestamp", null);
        foreach (var point in latest.Values)
        {
            key.Value = point.Key;
            value.Value = double.IsNaN(point.Value) ? DBNull.Value : point.Value;
            step.Value = point.Step;
            timestamp.Value = TimestampParameter(point.Timestamp);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static bool IsLater(MetricPoint candidate, MetricPoint best) =>
        candidate.Step != best.Step ? candidate.Step > best.Step
        : candidate.Timestamp != best.Timestamp ? candidate.Timestamp > best.Timestamp
        : candidate.Value > best.Value;
}
