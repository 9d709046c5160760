using Carbet.Core;
using Carbet.Tracking.Audit;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Registry;

internal sealed partial class EfModelRegistry
{
    public const string AliasSet = "alias.set";
    public const string AliasRemove = "alias.remove";
    public const string VersionDelete = "version.delete";

    public static string Subject(string model) => $"model/{model}";

    public Task<AliasChange> SetAliasAsync(string model, string alias, int version, string actor, CancellationToken ct)
    {
        var name = AliasName.Check(alias);
        var who = Names.Check(actor, "actor");
        return engine.WriteAsync(async db =>
        {
            var modelId = await ModelVersionQueries.LockAsync(db, model, ct);
            var versionId = await ModelVersionQueries.RequireVersionAsync(db, modelId, model, version, ct);
            var row = await db.Aliases.Include(a => a.ModelVersion).FirstOrDefaultAsync(a => a.ModelId == modelId && a.Name == name, ct);
            var from = row?.ModelVersion!.Version;
            var now = StoreTime.Now(time);
            if (from == version)
                return new AliasChange(model, name, from, version, who, now);
            if (row is null)
                db.Aliases.Add(new AliasRow { ModelId = modelId, Name = name, ModelVersionId = versionId, UpdatedAt = now });
            else
                (row.ModelVersionId, row.ModelVersion, row.UpdatedAt) = (versionId, null, now);
            EfAuditLog.Add(db, now, who, AliasSet, Subject(model), AliasJson(name, from), AliasJson(name, version));
            await db.SaveChangesAsync(ct);
            return new AliasChange(model, name, from, version, who, now);
        }, ct);
    }

    public Task<AliasChange> RemoveAliasAsync(string model, string alias, string actor, CancellationToken ct)
    {
        var who = Names.Check(actor, "actor");
        return engine.WriteAsync(async db =>
        {
            var modelId = await ModelVersionQueries.LockAsync(db, model, ct);
            var row = await db.Aliases.Include(a => a.ModelVersion).FirstOrDefaultAsync(a => a.ModelId == modelId && a.Name == alias, ct)
                ?? throw new UserErrorException($"Model '{model}' has no alias '{alias}'.", $"List its aliases with 'carbet models show {model}'.");
            var from = row.ModelVersion!.Version;
            var now = StoreTime.Now(time);
            db.Aliases.Remove(row);
            EfAuditLog.Add(db, now, who, AliasRemove, Subject(model), AliasJson(alias, from), null);
            await db.SaveChangesAsync(ct);
            return new AliasChange(model, alias, from, null, who, now);
        }, ct);
    }

    public Task DeleteVersionAsync(string model, int version, string actor, CancellationToken ct)
    {
        var who = Names.Check(actor, "actor");
        return engine.WriteAsync(async db =>
        {
            var modelId = await ModelVersionQueries.LockAsync(db, model, ct);
            var versionId = await ModelVersionQueries.RequireVersionAsync(db, modelId, model, version, ct);
            var aliases = await db.Aliases.Where(a => a.ModelVersionId == versionId).Select(a => a.Name).ToListAsync(ct);
            if (aliases.Count > 0)
            {
                aliases.Sort(StringComparer.Ordinal);
                throw new UserErrorException(
                    $"Version {version} of model '{model}' cannot be deleted: the alias{(aliases.Count > 1 ? "es" : "")} {string.Join(", ", aliases)} point{(aliases.Count > 1 ? "" : "s")} at it.",
                    $"Move or remove {(aliases.Count > 1 ? "them" : "it")} first, e.g. 'carbet models alias remove {model} {aliases[0]}'.");
            }
            var now = StoreTime.Now(time);
            await db.ModelVersions.Where(v => v.Id == versionId).ExecuteUpdateAsync(s => s.SetProperty(v => v.DeletedAt, now), ct);
            EfAuditLog.Add(db, now, who, VersionDelete, Subject(model), StoreJson.Write(new Dictionary<string, object?> { ["version"] = version }), null);
            await db.SaveChangesAsync(ct);
        }, ct);
    }

    private static string? AliasJson(string alias, int? version) =>
        version is null ? null : StoreJson.Write(new Dictionary<string, object?> { ["alias"] = alias, ["version"] = version });
}
