using System.Collections.Immutable;
using System.Globalization;

using Carbet.Tracking.Storage;
using Carbet.Tuning.Storage;

namespace Carbet.Tracking.Studies;

internal sealed partial class EfStudyStorage
{
    private const string LockStudy = "SELECT id FROM studies WHERE uuid = @study";

    // Sent in the same command as the lock but as a statement of its own: on PostgreSQL (read committed) each
    // statement takes its snapshot when it starts, after the lock is held, so it sees every claim that committed
    // before ours; in the same statement as the lock it would read the snapshot taken before the wait.
    private const string CountTrials = $"""
        SELECT coalesce(sum(CASE WHEN state <> '{TrialStateText.Waiting}' THEN 1 ELSE 0 END), 0),
               coalesce(max(number), -1),
               min(CASE WHEN state = '{TrialStateText.Waiting}' THEN number END)
        FROM trials WHERE study_id = (SELECT id FROM studies WHERE uuid = @study)
        """;

    private const string ClaimWaiting = $"""
        UPDATE trials SET state = '{TrialStateText.Running}', worker = @worker, started_at = @now
        WHERE study_id = @study AND number = @number RETURNING uuid;
        SELECT p.name, p.value FROM trial_params p JOIN trials t ON t.id = p.trial_id WHERE t.study_id = @study AND t.number = @number;
        """;

    private const string InsertRunning = $"""
        INSERT INTO trials (uuid, study_id, number, state, worker, started_at)
        VALUES (@trial, @study, @number, '{TrialStateText.Running}', @worker, @now)
        """;

    private const string InsertWaiting = $"""
        INSERT INTO trials (uuid, study_id, number, state)
        SELECT @trial, @study, coalesce(max(number), -1) + 1, '{TrialStateText.Waiting}' FROM trials WHERE study_id = @study
        RETURNING number
        """;

    public Task<TrialRecord?> StartTrialAsync(string studyId, int? maxTrials, string worker, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(studyId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxTrials ?? 0, nameof(maxTrials));
        var who = Names.Check(worker, "worker");
        var at = StoreTime.Normalize(now);
        return engine.WriteAsync(async db =>
        {
            long study;
            long started;
            int last;
            int? waiting;
            await using (var count = StoreEngine.Command(db, $"{LockStudy}{engine.ForUpdate};\n{CountTrials}"))
            {
                StoreEngine.Parameter(count, "@study", studyId);
                await using var reader = await count.ExecuteReaderAsync(ct);
                study = await reader.ReadAsync(ct) ? Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture) : throw UnknownStudy(studyId);
                await reader.NextResultAsync(ct);
                await reader.ReadAsync(ct);
                started = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                last = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
                waiting = reader.IsDBNull(2) ? null : Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
            }
            if (started >= maxTrials)
                return null;
            var number = waiting ?? last + 1;
            var uuid = Guid.NewGuid().ToString("N");
            var parameters = ImmutableSortedDictionary<string, double>.Empty.WithComparers(StringComparer.Ordinal);
            await using var command = StoreEngine.Command(db, waiting is null ? InsertRunning : ClaimWaiting);
            StoreEngine.Parameter(command, "@trial", uuid);
            StoreEngine.Parameter(command, "@study", study);
            StoreEngine.Parameter(command, "@number", number);
            StoreEngine.Parameter(command, "@worker", who);
            StoreEngine.Parameter(command, "@now", engine.TimestampParameter(at));
            if (waiting is null)
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            else
            {
                await using var reader = await command.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                uuid = reader.GetString(0);
                await reader.NextResultAsync(ct);
                var builder = parameters.ToBuilder();
                while (await reader.ReadAsync(ct))
                    builder[reader.GetString(0)] = reader.GetDouble(1);
                parameters = builder.ToImmutable();
            }
            return new TrialRecord(uuid, studyId, number, TrialState.Running, parameters, null,
                ImmutableSortedDictionary<int, double>.Empty, who, at, null, null);
        }, ct);
    }

    public Task<TrialRecord> EnqueueTrialAsync(string studyId, IReadOnlyDictionary<string, double> parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(studyId);
        var values = CheckParameters(parameters);
        return engine.WriteAsync(async db =>
        {
            var study = await LockStudyAsync(db, studyId, ct);
            var uuid = Guid.NewGuid().ToString("N");
            int number;
            await using (var insert = StoreEngine.Command(db, InsertWaiting))
            {
                StoreEngine.Parameter(insert, "@trial", uuid);
                StoreEngine.Parameter(insert, "@study", study);
                number = Convert.ToInt32(await insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            }
            if (values.Count > 0)
                await UpsertParametersAsync(db, "", uuid, values, null, ct);
            return new TrialRecord(uuid, studyId, number, TrialState.Waiting, values, null,
                ImmutableSortedDictionary<int, double>.Empty, null, null, null, null);
        }, ct);
    }

    /// <summary>The row id of the study, locked until the transaction ends so that claims queue one behind another.</summary>
    private async Task<long> LockStudyAsync(StoreDbContext db, string studyId, CancellationToken ct)
    {
        await using var command = StoreEngine.Command(db, LockStudy + engine.ForUpdate);
        StoreEngine.Parameter(command, "@study", studyId);
        return await command.ExecuteScalarAsync(ct) is { } id and not DBNull
            ? Convert.ToInt64(id, CultureInfo.InvariantCulture)
            : throw UnknownStudy(studyId);
    }
}
