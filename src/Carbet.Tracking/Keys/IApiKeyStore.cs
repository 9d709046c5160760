using System.Collections.Immutable;

namespace Carbet.Tracking.Keys;

/// <summary>The server's API keys: created with a role, checked on each request, revoked when no longer wanted.</summary>
/// <remarks>A key reads <c>carbet_&lt;id&gt;_&lt;secret&gt;</c>; the store keeps its SHA-256 hash, never the secret, so a copy of
/// the store opens nothing. Creating and revoking a key are audited.</remarks>
public interface IApiKeyStore
{
    /// <summary>Creates a key; its <see cref="NewApiKey.Secret"/> is returned now and never again.</summary>
    Task<NewApiKey> CreateAsync(string name, ApiKeyRole role, string actor, CancellationToken ct);

    /// <summary>The active key <paramref name="presented"/> is, or null when it is malformed, unknown, wrong or revoked.</summary>
    Task<ApiKeyInfo?> VerifyAsync(string presented, CancellationToken ct);

    /// <summary>Every key, newest first, revoked ones included.</summary>
    Task<ImmutableArray<ApiKeyInfo>> ListAsync(CancellationToken ct);

    /// <summary>Revokes a key by its id; revoking a revoked key changes nothing. An unknown id is a user error.</summary>
    Task<ApiKeyInfo> RevokeAsync(string id, string actor, CancellationToken ct);
}
