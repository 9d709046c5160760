using System.Globalization;

using Carbet.Core;
using Carbet.Tracking.Artifacts;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Runs;

internal sealed partial class EfRunStore
{
    public Task LogParamsAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var (key, value) in parameters)
        {
            Names.Check(key, "param");
            ArgumentNullException.ThrowIfNull(value, $"parameters[{key}]");
        }
        return engine.WriteAsync(async db =>
        {
            var id = await RunLookup.RequireRunningAsync(engine, db, runId, ct);
            var keys = parameters.Keys.ToList();
            var existing = await db.Params.Where(p => p.RunId == id && keys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, p => p.Value, ct);
            foreach (var (key, value) in parameters)
            {
                if (existing.TryGetValue(key, out var old))
                {
                    if (old != value)
                    {
                        throw new UserErrorException($"Param '{key}' of run {runId} is already '{old}'; a param is written once.",
                            "Log the new value under another key, or start a new run.");
                    }
                    continue;
                }
                db.Params.Add(new ParamRow { RunId = id, Key = key, Value = value, NumericValue = AsNumber(value) });
            }
            await db.SaveChangesAsync(ct);
        }, ct);
    }

    public Task LogMetricsAsync(string runId, IReadOnlyList<MetricPoint> metrics, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var points = new List<MetricPoint>(metrics.Count);
        foreach (var point in metrics)
        {
            ArgumentNullException.ThrowIfNull(point);
            Names.Check(point.Key, "metric");
            points.Add(point with { Timestamp = StoreTime.Normalize(point.Timestamp) });
        }
        return engine.WriteAsync(async db =>
        {
            var id = await RunLookup.RequireRunningAsync(engine, db, runId, ct);
            if (points.Count == 0)
                return;
            await engine.InsertMetricsAsync(db, id, points, ct);
            await engine.UpdateLatestMetricsAsync(db, id, points, ct);
        }, ct);
    }

    public Task SetTagsAsync(string runId, IReadOnlyDictionary<string, string> tags, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var (key, value) in tags)
        {
            Names.Check(key, "tag");
            ArgumentNullException.ThrowIfNull(value, $"tags[{key}]");
        }
        return engine.WriteAsync(async db =>
        {
            var uuid = await RunLookup.RequireAsync(db, runId, ct);
            var id = await db.Runs.Where(r => r.Uuid == uuid).Select(r => r.Id).SingleAsync(ct);
            var keys = tags.Keys.ToList();
            var existing = await db.Tags.Where(t => t.RunId == id && keys.Contains(t.Key)).ToDictionaryAsync(t => t.Key, ct);
            foreach (var (key, value) in tags)
            {
                if (existing.TryGetValue(key, out var row))
                    row.Value = value;
                else
                    db.Tags.Add(new TagRow { RunId = id, Key = key, Value = value });
            }
            await db.SaveChangesAsync(ct);
        }, ct);
    }

    public async Task<ArtifactSnapshot> LogArtifactAsync(string runId, string path, Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var logical = ArtifactPath.Normalize(path);
        // fail before copying a large file into the store for a run that cannot take it
        await engine.ReadAsync(db => RunLookup.RequireRunningAsync(engine, db, runId, ct));
        var stored = await artifacts.PutAsync(content, ct);
        return await engine.WriteAsync(async db =>
        {
            var id = await RunLookup.RequireRunningAsync(engine, db, runId, ct);
            var uuid = await db.Runs.Where(r => r.Id == id).Select(r => r.Uuid).SingleAsync(ct);
            var row = await db.Artifacts.FirstOrDefaultAsync(a => a.RunId == id && a.Path == logical, ct);
            if (row is null)
                db.Artifacts.Add(row = new ArtifactRow { RunId = id, Path = logical, Sha256 = stored.Sha256 });
            (row.Sha256, row.Size, row.LoggedAt) = (stored.Sha256, stored.Size, StoreTime.Now(time));
            await db.SaveChangesAsync(ct);
            return new ArtifactSnapshot(uuid, logical, stored.Size, stored.Sha256);
        }, ct);
    }

    private static double? AsNumber(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;
}
