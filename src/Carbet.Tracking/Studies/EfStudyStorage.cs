using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;
using Carbet.Tuning.Storage;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Studies;

/// <summary>Studies and trials in the store's tables, shared by every worker that opens the same store.</summary>
/// <remarks>Claiming a trial locks the study row for one short transaction (<c>SELECT ... FOR UPDATE</c> on
/// PostgreSQL; SQLite write transactions begin with the write lock), so workers in other processes or on other
/// machines never get the same trial or number; the lock and the count go in one command. The per-trial writes are
/// single hand-written statements, a round trip each. Parameters and reports can be sampled or computed again, so on
/// PostgreSQL their commits do not wait for the WAL flush (<see cref="StoreEngine.AsyncCommit"/>); claims and finishes
/// do, and a finish's flush also makes the trial's earlier parameters and reports durable, since the WAL is written
/// in order. A worker that dies leaves its trial Running until another worker fails it as stale: one conditional
/// <c>UPDATE ... WHERE state = 'running'</c> per stale trial, so a trial that finished or sent a heartbeat meanwhile
/// is left alone.</remarks>
internal sealed partial class EfStudyStorage(StoreEngine engine, TimeProvider time) : IStudyStorage
{
    public Task<StudyRecord> OpenStudyAsync(string name, StudyDirection direction, IReadOnlyDictionary<string, string> attributes, CancellationToken ct)
    {
        var checkedName = Names.Check(name, "study");
        ArgumentNullException.ThrowIfNull(attributes);
        _ = TrialStateText.Format(direction);
        return engine.WriteAsync(async db =>
        {
            if (await db.Studies.AsNoTracking().FirstOrDefaultAsync(s => s.Name == checkedName, ct) is { } existing)
            {
                if (existing.Direction != direction)
                {
                    throw new UserErrorException(
                        $"Study '{checkedName}' exists and is to {TrialStateText.Format(existing.Direction)}; it cannot be opened to {TrialStateText.Format(direction)}.",
                        $"Open it with direction {TrialStateText.Format(existing.Direction)}, or give the new study another name.");
                }
                return ToRecord(existing);
            }
            var row = new StudyRow
            {
                Uuid = Guid.NewGuid().ToString("N"),
                Name = checkedName,
                Direction = direction,
                Attributes = StoreJson.WriteAttributes(attributes),
                CreatedAt = StoreTime.Now(time),
            };
            db.Studies.Add(row);
            await db.SaveChangesAsync(ct);
            return ToRecord(row);
        }, ct);
    }

    public Task<StudyRecord?> FindStudyAsync(string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return engine.ReadAsync(async db =>
            await db.Studies.AsNoTracking().FirstOrDefaultAsync(s => s.Name == trimmed, ct) is { } row ? ToRecord(row) : null);
    }

    public Task<ImmutableArray<StudyRecord>> ListStudiesAsync(CancellationToken ct) =>
        engine.ReadAsync(async db =>
        {
            var rows = await db.Studies.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
            return rows.Select(ToRecord).ToImmutableArray();
        });

    private static StudyRecord ToRecord(StudyRow row) =>
        new(row.Uuid, row.Name, row.Direction, StoreJson.ReadAttributes(row.Attributes), row.CreatedAt);

    private static UserErrorException UnknownStudy(string studyId) => new(
        $"Study '{studyId}' does not exist in this store.",
        "Open the study by name first (OpenStudyAsync) and pass the id it returns.");

    private static UserErrorException UnknownTrial(string trialId) => new(
        $"Trial '{trialId}' does not exist in this store.",
        "Pass the id of a trial that StartTrialAsync or EnqueueTrialAsync returned.");
}
