using System.Security.Cryptography;

using Carbet.Core;

namespace Carbet.Tracking.Artifacts;

/// <summary>Artifacts in a local folder, by content: <c>&lt;root&gt;/sha256/ab/abcdef…</c>.</summary>
/// <remarks>Content is written to a temporary file in the root while it is hashed, then moved into place
/// atomically; a second writer of the same content finds it there and drops its copy, so readers never see
/// a partial file. Hashes are checked to be 64 hex characters before any path is built from them.</remarks>
internal sealed class LocalArtifactStore : IArtifactStore
{
    private const string Scheme = "sha256";
    private const string TempFolder = ".tmp";

    /// <summary>A store rooted at <paramref name="root"/>, created on first write.</summary>
    public LocalArtifactStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <inheritdoc/>
    public string Root { get; }

    /// <inheritdoc/>
    public async Task<StoredContent> PutAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temp = Path.Combine(Root, TempFolder, Guid.NewGuid().ToString("N"));
        var file = CreateTemp(temp);
        try
        {
            string sha256;
            long size;
            await using (file)
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                await file.FlushAsync(ct);
                file.Flush(flushToDisk: true);   // on disk before it is renamed into place and a row points at it
                size = file.Length;
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            var target = PathOf(sha256);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                try
                {
                    File.Move(temp, target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // a concurrent writer stored the same content first
                }
            }
            return new StoredContent(sha256, size);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private FileStream CreateTemp(string temp)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
            return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new UserErrorException($"Cannot write artifacts under {Root}: {e.Message}",
                "Check that the folder is writable, or open the store with another artifact root.", e);
        }
    }

    /// <inheritdoc/>
    public Stream OpenRead(string sha256)
    {
        var path = PathOf(Check(sha256));
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserErrorException($"No artifact with sha256 {sha256} is stored under {Root}.",
                "Check the hash, or the artifact root the store was opened with.", e);
        }
    }

    /// <inheritdoc/>
    public bool Contains(string sha256) => IsHash(sha256) && File.Exists(PathOf(sha256.ToLowerInvariant()));

    /// <summary>Where content with this (checked, lower-case) hash lives.</summary>
    internal string PathOf(string sha256) => Path.Combine(Root, Scheme, sha256[..2], sha256);

    private static string Check(string sha256)
    {
        if (!IsHash(sha256))
        {
            throw new UserErrorException($"'{sha256}' is not a sha256 hash.",
                "Give the 64 hexadecimal characters shown for the artifact.");
        }
        return sha256.ToLowerInvariant();
    }

    private static bool IsHash(string? sha256) => sha256 is { Length: 64 } && sha256.All(char.IsAsciiHexDigit);
}
