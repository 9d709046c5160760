namespace Carbet.Tracking.Artifacts;

/// <summary>Reads of whole artifacts.</summary>
public static class ArtifactStoreExtensions
{
    /// <summary>The content of an artifact, such as a model file, in memory.</summary>
    public static async Task<byte[]> ReadAllBytesAsync(this IArtifactStore artifacts, string sha256, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        await using var stream = artifacts.OpenRead(sha256);
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes, ct);
        return bytes.ToArray();
    }
}
