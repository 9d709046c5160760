using System.Collections.Immutable;

namespace Carbet.Tracking.Datasets;

/// <summary>Datasets and their versions, with lineage.</summary>
/// <remarks>Registering content already known under the same dataset returns the existing version:
/// a version is its content hash. A parent that does not exist is a user error.</remarks>
public interface IDatasetStore
{
    /// <summary>Registers a version, or returns the existing one with the same content hash.</summary>
    Task<DatasetVersionSnapshot> RegisterVersionAsync(NewDatasetVersion version, CancellationToken ct);

    /// <summary>The version with this id, or null.</summary>
    Task<DatasetVersionSnapshot?> GetAsync(string id, CancellationToken ct);

    /// <summary>The versions of a dataset, oldest first.</summary>
    Task<ImmutableArray<DatasetVersionSnapshot>> ListVersionsAsync(string dataset, CancellationToken ct);
}
