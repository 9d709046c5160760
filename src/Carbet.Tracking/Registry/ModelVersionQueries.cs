using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tracking.Storage;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Registry;

/// <summary>Reads model versions (never deleted ones) with their aliases, and locks models for changes.</summary>
internal static class ModelVersionQueries
{
    /// <summary>The live versions of a model, newest first, optionally only some numbers.</summary>
    public static async Task<ImmutableArray<ModelVersionSnapshot>> LoadAsync(StoreDbContext db, string model, IReadOnlyList<int>? numbers, CancellationToken ct)
    {
        var query = db.ModelVersions.AsNoTracking().Where(v => v.DeletedAt == null && v.Model!.Name == model);
        if (numbers is not null)
            query = query.Where(v => numbers.Contains(v.Version));
        var rows = await query.OrderByDescending(v => v.Version)
            .Select(v => new
            {
                v.Id,
                v.Version,
                Run = v.Run!.Uuid,
                Dataset = v.DatasetVersion != null ? v.DatasetVersion.Uuid : null,
                v.InputSignatureJson,
                v.MetricsJson,
                v.ArtifactPath,
                v.ArtifactSha256,
                v.Description,
                v.CreatedAt,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var aliases = (await db.Aliases.AsNoTracking().Where(a => ids.Contains(a.ModelVersionId))
            .Select(a => new { a.ModelVersionId, a.Name }).ToListAsync(ct)).ToLookup(a => a.ModelVersionId, a => a.Name);
        return [.. rows.Select(r => new ModelVersionSnapshot(model, r.Version, r.Run, r.Dataset, StoreJson.ReadSchema(r.InputSignatureJson),
            StoreJson.ReadMetrics(r.MetricsJson), r.ArtifactPath, r.ArtifactSha256, r.Description, r.CreatedAt,
            [.. aliases[r.Id].Order(StringComparer.Ordinal)]))];
    }

    public static async Task<ModelVersionSnapshot?> LoadAsync(StoreDbContext db, string model, int version, CancellationToken ct) =>
        (await LoadAsync(db, model, [version], ct)).SingleOrDefault();

    /// <summary>The row id of a model, locked until the transaction ends: on PostgreSQL the update takes the
    /// row lock, so alias moves and deletes on one model run one after another and audit the true "from".</summary>
    public static async Task<long> LockAsync(StoreDbContext db, string model, CancellationToken ct)
    {
        var id = await db.Models.Where(m => m.Name == model).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct) ?? throw UnknownModel(model);
        await db.Models.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.LastVersion, m => m.LastVersion), ct);
        return id;
    }

    /// <summary>The next version number of a model; the increment also locks the model row.</summary>
    public static async Task<int> NextVersionAsync(StoreDbContext db, long modelId, CancellationToken ct)
    {
        await db.Models.Where(m => m.Id == modelId).ExecuteUpdateAsync(s => s.SetProperty(m => m.LastVersion, m => m.LastVersion + 1), ct);
        return await db.Models.Where(m => m.Id == modelId).Select(m => m.LastVersion).SingleAsync(ct);
    }

    /// <summary>The row id of a live version; an unknown or deleted one is a user error.</summary>
    public static async Task<long> RequireVersionAsync(StoreDbContext db, long modelId, string model, int version, CancellationToken ct)
    {
        var row = await db.ModelVersions.Where(v => v.ModelId == modelId && v.Version == version)
            .Select(v => new { v.Id, v.DeletedAt }).FirstOrDefaultAsync(ct);
        if (row is null)
            throw new UserErrorException($"Model '{model}' has no version {version}.", $"List its versions with 'carbet models show {model}'.");
        if (row.DeletedAt is not null)
            throw new UserErrorException($"Version {version} of model '{model}' was deleted.", $"Pick a live version from 'carbet models show {model}'.");
        return row.Id;
    }

    public static UserErrorException UnknownModel(string model) => new(
        $"Model '{model}' does not exist in this store.", "List the models with 'carbet models list'.");
}
