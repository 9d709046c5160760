using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tracking.Audit;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Keys;

/// <summary>API keys in the store's <c>api_keys</c> table, with their creation and revocation in the audit log.</summary>
internal sealed class EfApiKeyStore(StoreEngine engine, TimeProvider time) : IApiKeyStore
{
    public async Task<NewApiKey> CreateAsync(string name, ApiKeyRole role, string actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            throw new UserErrorException("An API key needs a name of 1 to 200 characters.", "Name the key after the system or person that will use it, e.g. --name loan-system.");
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var (id, text) = ApiKeySecrets.Create();
        var row = new ApiKeyRow
        {
            PublicId = id,
            Name = name.Trim(),
            Role = RoleText(role),
            Hash = ApiKeySecrets.Hash(text),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = actor,
        };
        await engine.WriteAsync(async db =>
        {
            db.ApiKeys.Add(row);
            EfAuditLog.Add(db, row.CreatedAt, actor, "key.create", $"key/{id}", null, row.Role);
            await db.SaveChangesAsync(ct);
        }, ct);
        return new NewApiKey(Info(row), text);
    }

    public async Task<ApiKeyInfo?> VerifyAsync(string presented, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(presented) || ApiKeySecrets.IdOf(presented) is not { } id)
            return null;
        var row = await engine.ReadAsync(db => db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.PublicId == id, ct));
        return row is not null && row.RevokedAt is null && ApiKeySecrets.Matches(presented, row.Hash) ? Info(row) : null;
    }

    public Task<ImmutableArray<ApiKeyInfo>> ListAsync(CancellationToken ct) =>
        engine.ReadAsync(async db => (await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(ct)).Select(Info).ToImmutableArray());

    public Task<ApiKeyInfo> RevokeAsync(string id, string actor, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return engine.WriteAsync(async db =>
        {
            var row = await db.ApiKeys.SingleOrDefaultAsync(k => k.PublicId == id, ct)
                ?? throw new UserErrorException($"No API key has the id '{id}'.", "List the keys with carbet keys list and give the id of the first column.");
            if (row.RevokedAt is null)
            {
                (row.RevokedAt, row.RevokedBy) = (time.GetUtcNow(), actor);
                EfAuditLog.Add(db, row.RevokedAt.Value, actor, "key.revoke", $"key/{id}", row.Role, null);
                await db.SaveChangesAsync(ct);
            }
            return Info(row);
        }, ct);
    }

    internal static string RoleText(ApiKeyRole role) => role.ToString().ToLowerInvariant();

    private static ApiKeyInfo Info(ApiKeyRow row) =>
        new(row.PublicId, row.Name, Enum.Parse<ApiKeyRole>(row.Role, ignoreCase: true), row.CreatedAt, row.CreatedBy, row.RevokedAt);
}
