namespace Carbet.Tracking.Keys;

/// <summary>An API key as the store knows it: never its secret, which is kept only as a hash.</summary>
/// <param name="Id">The key's public id, the part of the key before its secret, e.g. <c>k3f9a0c1e2b7d</c>.</param>
/// <param name="Name">What the key is for, e.g. <c>loan-system</c>.</param>
public sealed record ApiKeyInfo(string Id, string Name, ApiKeyRole Role, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the key still opens the server.</summary>
    public bool Active => RevokedAt is null;
}

/// <summary>A key just created: the only time its full text, <see cref="Secret"/>, is known.</summary>
/// <param name="Secret">The key to give the client, e.g. <c>carbet_k3f9a0c1e2b7d_...</c>: shown once, stored only as a hash.</param>
public sealed record NewApiKey(ApiKeyInfo Key, string Secret);
