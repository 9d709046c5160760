using System.Collections.Immutable;

using Carbet.Tracking.Storage;
using Carbet.Tuning.Storage;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Studies;

internal sealed partial class EfStudyStorage
{
    private const string Heartbeat = $"""
        UPDATE trials SET heartbeat_at = @now WHERE uuid = @trial AND state = '{TrialStateText.Running}'
        """;

    private const string FindStale = $"""
        SELECT t.id, t.worker, t.started_at, t.heartbeat_at FROM trials t JOIN studies s ON s.id = t.study_id
        WHERE s.uuid = @study AND t.state = '{TrialStateText.Running}' AND coalesce(t.heartbeat_at, t.started_at) < @cutoff
        ORDER BY t.number
        """;

    // The conditions are checked again in the UPDATE itself: a trial that finished or sent a heartbeat after the
    // SELECT is left as it is.
    private const string FailStale = $"""
        UPDATE trials SET state = '{TrialStateText.Failed}', message = @message, finished_at = @now
        WHERE id = @id AND state = '{TrialStateText.Running}' AND coalesce(heartbeat_at, started_at) < @cutoff
        RETURNING uuid
        """;

    private const string TrialExists = "SELECT 1 FROM trials WHERE uuid = @trial";

    public Task<bool> RecordHeartbeatAsync(string trialId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trialId);
        var at = StoreTime.Normalize(now);
        return ExecuteAsync(async db =>
        {
            // A lost heartbeat only makes the trial look older, so its commit need not wait for the WAL flush.
            await using var command = StoreEngine.Command(db, engine.AsyncCommit + Heartbeat);
            StoreEngine.Parameter(command, "@trial", trialId);
            StoreEngine.Parameter(command, "@now", engine.TimestampParameter(at));
            if (await command.ExecuteNonQueryAsync(ct) > 0)
                return true;
            await using var exists = StoreEngine.Command(db, TrialExists);
            StoreEngine.Parameter(exists, "@trial", trialId);
            return await exists.ExecuteScalarAsync(ct) is null or DBNull ? throw UnknownTrial(trialId) : false;
        }, ct);
    }

    public async Task<ImmutableArray<TrialRecord>> FailStaleTrialsAsync(string studyId, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(studyId);
        var before = engine.TimestampParameter(StoreTime.Normalize(cutoff));
        var at = engine.TimestampParameter(StoreTime.Normalize(now));
        var failed = await ExecuteAsync(async db =>
        {
            var stale = new List<(long Id, string Message)>();
            await using (var find = StoreEngine.Command(db, FindStale))
            {
                StoreEngine.Parameter(find, "@study", studyId);
                StoreEngine.Parameter(find, "@cutoff", before);
                await using var reader = await find.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    stale.Add((reader.GetInt64(0), StaleTrials.Message(
                        reader.IsDBNull(1) ? null : reader.GetString(1),
                        reader.IsDBNull(3) ? null : engine.ReadTimestamp(reader, 3),
                        reader.IsDBNull(2) ? null : engine.ReadTimestamp(reader, 2))));
                }
            }
            if (stale.Count == 0)
            {
                await using var exists = StoreEngine.Command(db, LockStudy);
                StoreEngine.Parameter(exists, "@study", studyId);
                if (await exists.ExecuteScalarAsync(ct) is null or DBNull)
                    throw UnknownStudy(studyId);
            }
            var uuids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, message) in stale)
            {
                await using var fail = StoreEngine.Command(db, FailStale);
                StoreEngine.Parameter(fail, "@id", id);
                StoreEngine.Parameter(fail, "@message", message);
                StoreEngine.Parameter(fail, "@now", at);
                StoreEngine.Parameter(fail, "@cutoff", before);
                if (await fail.ExecuteScalarAsync(ct) is string uuid)
                    uuids.Add(uuid);
            }
            return uuids;
        }, ct);
        if (failed.Count == 0)
            return [];
        var trials = await ListTrialsAsync(studyId, ct);
        return [.. trials.Where(t => failed.Contains(t.Id))];
    }

    /// <summary>Runs <paramref name="work"/> on a fresh context with its connection open, outside a transaction.</summary>
    private async Task<T> ExecuteAsync<T>(Func<StoreDbContext, Task<T>> work, CancellationToken ct)
    {
        await using var db = engine.CreateContext();
        await db.Database.OpenConnectionAsync(ct);
        return await work(db);
    }
}
