using System.Collections.Concurrent;

using Carbet.Tracking;
using Carbet.Tracking.Keys;

namespace Carbet.Server.Security;

/// <summary>Keys the store verified lately, so that a busy client costs one store query per
/// <see cref="ServerOptions.KeyCacheDuration"/> rather than one per request; a revoked key is refused once its entry
/// expires. Only keys the store accepted are kept, so there are at most as many entries as active keys in use.</summary>
internal sealed class VerifiedKeys(IStore store, ServerOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (ApiKeyInfo Key, long Until)> _verified = new(StringComparer.Ordinal);

    public async Task<ApiKeyInfo?> VerifyAsync(string presented, CancellationToken ct)
    {
        var now = time.GetTimestamp();
        if (_verified.TryGetValue(presented, out var entry) && now < entry.Until)
            return entry.Key;
        var key = await store.Keys.VerifyAsync(presented, ct);
        if (key is null)
            _verified.TryRemove(presented, out _);
        else if (options.KeyCacheDuration > TimeSpan.Zero)
            _verified[presented] = (key, now + (long)(options.KeyCacheDuration.TotalSeconds * time.TimestampFrequency));
        return key;
    }
}
