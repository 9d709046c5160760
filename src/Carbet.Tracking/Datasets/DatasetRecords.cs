using Carbet.Core;

namespace Carbet.Tracking.Datasets;

/// <summary>What a new dataset version is made of.</summary>
/// <param name="Dataset">The dataset name, created when new.</param>
/// <param name="ContentHash">The sha256 of the data, in lower-case hex; equal hashes are the same version.</param>
/// <param name="Schema">The columns.</param>
/// <param name="Rows">The number of rows.</param>
public sealed record NewDatasetVersion(string Dataset, string ContentHash, TableSchema Schema, long Rows)
{
    /// <value>Where the data came from (a path, a query), for people. The default is none.</value>
    public string? Source { get; init; }

    /// <value>The version this one was prepared from. The default is none.</value>
    public string? ParentId { get; init; }

    /// <value>The preparation recipe that produced it, as JSON. The default is none.</value>
    public string? Recipe { get; init; }
}

/// <summary>A dataset version as read from the store.</summary>
public sealed record DatasetVersionSnapshot(
    string Id,
    string Dataset,
    int Version,
    string ContentHash,
    TableSchema Schema,
    long Rows,
    string? Source,
    string? ParentId,
    string? Recipe,
    DateTimeOffset CreatedAt);

/// <summary>A sign-off of a dataset version by a stakeholder in a role (sponsor, legal, dpo, ...).</summary>
public sealed record DatasetApproval(string DatasetVersionId, string Role, string By, DateTimeOffset At, string? Note);
