using System.Collections.Immutable;

using Carbet.Tracking.Storage;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Runs;

/// <summary>Reads runs with their params, tags and latest metrics: four queries for any number of runs.</summary>
internal static class RunSnapshots
{
    /// <summary>The runs with these row ids, in the order given; ids with no run are skipped.</summary>
    public static async Task<ImmutableArray<RunSnapshot>> LoadAsync(StoreDbContext db, IReadOnlyList<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return [];
        var runs = await db.Runs.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                r.Id,
                r.Uuid,
                Experiment = r.Experiment!.Name,
                r.Name,
                r.Status,
                r.StartedAt,
                r.EndedAt,
                r.GitCommit,
                Parent = r.Parent != null ? r.Parent.Uuid : null,
            })
            .ToDictionaryAsync(r => r.Id, ct);
        var parameters = (await db.Params.AsNoTracking().Where(p => ids.Contains(p.RunId)).ToListAsync(ct)).ToLookup(p => p.RunId);
        var tags = (await db.Tags.AsNoTracking().Where(t => ids.Contains(t.RunId)).ToListAsync(ct)).ToLookup(t => t.RunId);
        var metrics = (await db.LatestMetrics.AsNoTracking().Where(m => ids.Contains(m.RunId)).ToListAsync(ct)).ToLookup(m => m.RunId);
        return [.. ids.Where(runs.ContainsKey).Select(id =>
        {
            var r = runs[id];
            return new RunSnapshot(r.Uuid, r.Experiment, r.Name, r.Status, r.StartedAt, r.EndedAt, r.GitCommit, r.Parent,
                parameters[id].ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
                tags[id].ToImmutableSortedDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
                metrics[id].ToImmutableSortedDictionary(m => m.Key, m => m.Value ?? double.NaN, StringComparer.Ordinal));
        })];
    }

    public static async Task<RunSnapshot?> LoadAsync(StoreDbContext db, string uuid, CancellationToken ct)
    {
        var id = await db.Runs.Where(r => r.Uuid == uuid).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? (await LoadAsync(db, [found], ct)).Single() : null;
    }
}
