using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tracking.Artifacts;
using Carbet.Tracking.Runs;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Registry;

/// <summary>The model registry in the store's tables.</summary>
/// <remarks>Deleted versions stay as rows (marked deleted) so that evidence and numbers are kept; the
/// model row's counter hands out numbers, so a deleted number is never given again.</remarks>
internal sealed partial class EfModelRegistry(StoreEngine engine, TimeProvider time) : IModelRegistry
{
    public Task<ModelVersionSnapshot> RegisterVersionAsync(NewModelVersion version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(version);
        var name = Names.Check(version.Model, "model");
        var path = ArtifactPath.Normalize(version.ArtifactPath);
        var signature = StoreJson.Write(version.InputSignature);
        var metrics = StoreJson.Write(version.Metrics);
        return engine.WriteAsync(async db =>
        {
            var runUuid = await RunLookup.RequireAsync(db, version.RunId, ct);
            var run = await db.Runs.Where(r => r.Uuid == runUuid).Select(r => new { r.Id, r.Status }).SingleAsync(ct);
            if (run.Status == RunStatus.Failed)
            {
                throw new UserErrorException($"Run {runUuid} failed, so its model cannot be registered.",
                    "Register the model of a run that is running or finished.");
            }
            var artifact = await db.Artifacts.AsNoTracking().FirstOrDefaultAsync(a => a.RunId == run.Id && a.Path == path, ct)
                ?? throw new UserErrorException($"Run {runUuid} has no artifact '{path}'.",
                    $"Log the model file to the run first, or pick one of its artifacts (carbet runs show {runUuid}).");
            long? datasetVersionId = null;
            if (version.DatasetVersionId is { } dataset)
            {
                datasetVersionId = await db.DatasetVersions.Where(v => v.Uuid == dataset).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct)
                    ?? throw new UserErrorException($"Dataset version '{dataset}' does not exist.",
                        "Register the dataset version first, or leave it out.");
            }
            var now = StoreTime.Now(time);
            var modelId = await db.Models.Where(m => m.Name == name).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
            if (modelId is null)
            {
                var model = new ModelRow { Name = name, CreatedAt = now };
                db.Models.Add(model);
                await db.SaveChangesAsync(ct);
                modelId = model.Id;
            }
            var number = await ModelVersionQueries.NextVersionAsync(db, modelId.Value, ct);
            db.ModelVersions.Add(new ModelVersionRow
            {
                ModelId = modelId.Value,
                Version = number,
                RunId = run.Id,
                DatasetVersionId = datasetVersionId,
                InputSignatureJson = signature,
                MetricsJson = metrics,
                ArtifactPath = path,
                ArtifactSha256 = artifact.Sha256,
                Description = version.Description,
                CreatedAt = now,
            });
            await db.SaveChangesAsync(ct);
            return new ModelVersionSnapshot(name, number, runUuid, version.DatasetVersionId, version.InputSignature,
                StoreJson.ReadMetrics(metrics), path, artifact.Sha256, version.Description, now, []);
        }, ct);
    }

    public Task<ImmutableArray<ModelSnapshot>> ListAsync(CancellationToken ct) =>
        engine.ReadAsync(db => LoadModelsAsync(db, null, ct));

    public Task<ModelSnapshot?> FindAsync(string model, CancellationToken ct) =>
        engine.ReadAsync(async db => (await LoadModelsAsync(db, model, ct)).SingleOrDefault());

    public Task<ImmutableArray<ModelVersionSnapshot>> ListVersionsAsync(string model, CancellationToken ct) =>
        engine.ReadAsync(db => ModelVersionQueries.LoadAsync(db, model, null, ct));

    public Task<ModelVersionSnapshot?> GetVersionAsync(string model, int version, CancellationToken ct) =>
        engine.ReadAsync(db => ModelVersionQueries.LoadAsync(db, model, version, ct));

    public Task<ModelVersionSnapshot?> ResolveAsync(string model, string alias, CancellationToken ct) =>
        engine.ReadAsync(async db =>
        {
            var version = await db.Aliases.Where(a => a.Name == alias && a.ModelVersion!.Model!.Name == model)
                .Select(a => (int?)a.ModelVersion!.Version).FirstOrDefaultAsync(ct);
            return version is { } number ? await ModelVersionQueries.LoadAsync(db, model, number, ct) : null;
        });

    public Task<ModelComparison> CompareAsync(string model, IReadOnlyList<int> versions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0)
            throw new UserErrorException($"No versions of model '{model}' were given to compare.", "Give two or more version numbers.");
        return engine.ReadAsync(async db =>
        {
            if (!await db.Models.AnyAsync(m => m.Name == model, ct))
                throw ModelVersionQueries.UnknownModel(model);
            var wanted = versions.Distinct().ToList();
            var found = (await ModelVersionQueries.LoadAsync(db, model, wanted, ct)).ToDictionary(v => v.Version);
            foreach (var number in wanted.Where(v => !found.ContainsKey(v)))
                throw new UserErrorException($"Model '{model}' has no version {number}.", $"List its versions with 'carbet models show {model}'.");
            var ordered = wanted.Select(v => found[v]).ToImmutableArray();
            var keys = ordered.SelectMany(v => v.Metrics.Keys).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
            return new ModelComparison(model, ordered, keys);
        });
    }

    private static async Task<ImmutableArray<ModelSnapshot>> LoadModelsAsync(StoreDbContext db, string? name, CancellationToken ct)
    {
        var models = db.Models.AsNoTracking();
        if (name is not null)
            models = models.Where(m => m.Name == name);
        var rows = await models.Select(m => new { m.Id, m.Name, m.CreatedAt }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var latest = await db.ModelVersions.Where(v => v.DeletedAt == null && ids.Contains(v.ModelId))
            .GroupBy(v => v.ModelId).Select(g => new { g.Key, Latest = g.Max(v => v.Version) })
            .ToDictionaryAsync(g => g.Key, g => g.Latest, ct);
        var aliases = (await db.Aliases.Where(a => ids.Contains(a.ModelId))
            .Select(a => new { a.ModelId, a.Name, a.ModelVersion!.Version }).ToListAsync(ct)).ToLookup(a => a.ModelId);
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new ModelSnapshot(r.Name, r.CreatedAt,
            latest.GetValueOrDefault(r.Id), aliases[r.Id].ToImmutableSortedDictionary(a => a.Name, a => a.Version, StringComparer.Ordinal)))];
    }
}
