using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tracking.Artifacts;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Runs;

/// <summary>Runs in the store's tables; metrics go through the engine's bulk path.</summary>
/// <remarks>Tags annotate, so they may be set after a run ended; params, metrics and artifacts may not.
/// Logging an artifact path the run already has replaces it: the newest content wins (model versions
/// keep the hash they were registered with).</remarks>
internal sealed partial class EfRunStore(StoreEngine engine, IArtifactStore artifacts, TimeProvider time) : IRunStore
{
    public Task<ExperimentSnapshot> GetOrCreateExperimentAsync(string name, CancellationToken ct)
    {
        var checkedName = Names.Check(name, "experiment");
        return engine.WriteAsync(async db =>
        {
            var row = await GetOrCreateExperimentAsync(db, checkedName, ct);
            return new ExperimentSnapshot(row.Id, row.Name, row.CreatedAt);
        }, ct);
    }

    public Task<ImmutableArray<ExperimentSnapshot>> ListExperimentsAsync(CancellationToken ct) =>
        engine.ReadAsync(async db =>
        {
            var rows = await db.Experiments.AsNoTracking().ToListAsync(ct);
            return rows.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => new ExperimentSnapshot(e.Id, e.Name, e.CreatedAt)).ToImmutableArray();
        });

    public Task<RunSnapshot> StartAsync(NewRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        var experiment = Names.Check(run.Experiment, "experiment");
        var name = Names.Check(run.Name, "run");
        foreach (var key in run.Tags.Keys)
            Names.Check(key, "tag");
        return engine.WriteAsync(async db =>
        {
            var experimentRow = await GetOrCreateExperimentAsync(db, experiment, ct);
            long? parentId = null;
            string? parentUuid = null;
            if (run.ParentRunId is { } parent)
            {
                parentUuid = await RunLookup.RequireAsync(db, parent, ct);
                parentId = await db.Runs.Where(r => r.Uuid == parentUuid).Select(r => r.Id).SingleAsync(ct);
            }
            var row = new RunRow
            {
                Uuid = Guid.NewGuid().ToString("N"),
                ExperimentId = experimentRow.Id,
                Name = name,
                Status = RunStatus.Running,
                StartedAt = StoreTime.Now(time),
                GitCommit = run.GitCommit,
                ParentId = parentId,
            };
            db.Runs.Add(row);
            await db.SaveChangesAsync(ct);
            db.Tags.AddRange(run.Tags.Select(t => new TagRow { RunId = row.Id, Key = t.Key, Value = t.Value }));
            await db.SaveChangesAsync(ct);
            return new RunSnapshot(row.Uuid, experiment, name, RunStatus.Running, row.StartedAt, null, run.GitCommit, parentUuid,
                ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
                run.Tags.WithComparers(StringComparer.Ordinal),
                ImmutableSortedDictionary<string, double>.Empty.WithComparers(StringComparer.Ordinal));
        }, ct);
    }

    public Task<RunSnapshot> EndAsync(string runId, RunStatus status, CancellationToken ct)
    {
        if (status == RunStatus.Running)
            throw new UserErrorException($"A run cannot end as {RunStatusText.Running}.", "End it as finished or failed.");
        return engine.WriteAsync(async db =>
        {
            var uuid = await RunLookup.RequireAsync(db, runId, ct);
            var endedAt = StoreTime.Now(time);
            var changed = await db.Runs.Where(r => r.Uuid == uuid && r.Status == RunStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.EndedAt, endedAt), ct);
            if (changed == 0)
                throw RunLookup.Ended(uuid, await db.Runs.Where(r => r.Uuid == uuid).Select(r => r.Status).SingleAsync(ct));
            return (await RunSnapshots.LoadAsync(db, uuid, ct))!;
        }, ct);
    }

    public Task<RunSnapshot?> GetAsync(string runId, CancellationToken ct) =>
        engine.ReadAsync(async db => await RunLookup.ResolveAsync(db, runId, ct) is { } uuid ? await RunSnapshots.LoadAsync(db, uuid, ct) : null);

    public Task<ImmutableArray<MetricPoint>> GetMetricHistoryAsync(string runId, string key, CancellationToken ct) =>
        engine.ReadAsync(async db =>
        {
            if (await RunLookup.ResolveAsync(db, runId, ct) is not { } uuid)
                return [];
            var rows = await db.Metrics.AsNoTracking()
                .Where(m => m.Key == key && db.Runs.Any(r => r.Id == m.RunId && r.Uuid == uuid))
                .OrderBy(m => m.Step).ThenBy(m => m.Timestamp).ThenBy(m => m.Id)
                .ToListAsync(ct);
            return rows.Select(m => new MetricPoint(m.Key, m.Value ?? double.NaN, m.Step, m.Timestamp)).ToImmutableArray();
        });

    public Task<ImmutableArray<ArtifactSnapshot>> ListArtifactsAsync(string runId, CancellationToken ct) =>
        engine.ReadAsync(async db =>
        {
            if (await RunLookup.ResolveAsync(db, runId, ct) is not { } uuid)
                return [];
            var rows = await db.Artifacts.AsNoTracking()
                .Where(a => db.Runs.Any(r => r.Id == a.RunId && r.Uuid == uuid))
                .ToListAsync(ct);
            return rows.OrderBy(a => a.Path, StringComparer.Ordinal).Select(a => new ArtifactSnapshot(uuid, a.Path, a.Size, a.Sha256)).ToImmutableArray();
        });

    private async Task<ExperimentRow> GetOrCreateExperimentAsync(StoreDbContext db, string name, CancellationToken ct)
    {
        if (await db.Experiments.FirstOrDefaultAsync(e => e.Name == name, ct) is { } existing)
            return existing;
        var row = new ExperimentRow { Name = name, CreatedAt = StoreTime.Now(time) };
        db.Experiments.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }
}
