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

    /// <summary>Records a sign-off of a version by a person in a role, with an audit event; an unknown version is a user error.</summary>
    /// <remarks>A role may approve again (a newer sign-off after a change); every sign-off is kept.</remarks>
    Task<DatasetApproval> ApproveAsync(string datasetVersionId, string role, string by, string? note, CancellationToken ct);

    /// <summary>The sign-offs of a version, oldest first.</summary>
    Task<ImmutableArray<DatasetApproval>> ListApprovalsAsync(string datasetVersionId, CancellationToken ct);
}
