namespace Carbet.Tracking.Artifacts;

/// <summary>Files kept by content: the same bytes are stored once, under their sha256.</summary>
/// <remarks>Contract: <see cref="PutAsync"/> is safe for concurrent writers of the same content;
/// nothing a caller passes can read or write outside the store's root.</remarks>
public interface IArtifactStore
{
    /// <summary>Where the files live, for people.</summary>
    string Root { get; }

    /// <summary>Stores the content and returns its hash and size.</summary>
    Task<StoredContent> PutAsync(Stream content, CancellationToken ct);

    /// <summary>Opens stored content for reading; unknown content is a user error.</summary>
    Stream OpenRead(string sha256);

    /// <summary>Whether content with this hash is stored.</summary>
    bool Contains(string sha256);
}

/// <summary>The hash (lower-case hex sha256) and size of stored content.</summary>
public sealed record StoredContent(string Sha256, long Size);
