using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Tracking.Registry;

/// <summary>What a new model version is registered from.</summary>
/// <param name="Model">The model name, created when new.</param>
/// <param name="RunId">The run that trained it; it must exist.</param>
/// <param name="ArtifactPath">The logical path of the model file among the run's artifacts; it must exist.</param>
/// <param name="InputSignature">The columns a prediction request must carry.</param>
public sealed record NewModelVersion(string Model, string RunId, string ArtifactPath, TableSchema InputSignature)
{
    /// <value>The dataset version it was trained on. The default is none.</value>
    public string? DatasetVersionId { get; init; }

    /// <value>Metrics copied onto the version, such as test AUC.</value>
    public ImmutableSortedDictionary<string, double> Metrics { get; init; } = ImmutableSortedDictionary<string, double>.Empty;

    /// <value>A sentence for people. The default is none.</value>
    public string? Description { get; init; }
}

/// <summary>A model version as read from the store.</summary>
public sealed record ModelVersionSnapshot(
    string Model,
    int Version,
    string RunId,
    string? DatasetVersionId,
    TableSchema InputSignature,
    ImmutableSortedDictionary<string, double> Metrics,
    string ArtifactPath,
    string ArtifactSha256,
    string? Description,
    DateTimeOffset CreatedAt,
    ImmutableArray<string> Aliases);

/// <summary>A registered model, its newest version and its aliases.</summary>
public sealed record ModelSnapshot(
    string Name,
    DateTimeOffset CreatedAt,
    int LatestVersion,
    ImmutableSortedDictionary<string, int> Aliases);

/// <summary>One move of an alias: from which version to which, by whom, when.</summary>
/// <remarks>A null <see cref="FromVersion"/> means the alias was new; a null <see cref="ToVersion"/>, removed.</remarks>
public sealed record AliasChange(string Model, string Alias, int? FromVersion, int? ToVersion, string Actor, DateTimeOffset At);

/// <summary>Versions side by side, with the union of their metric keys.</summary>
public sealed record ModelComparison(string Model, ImmutableArray<ModelVersionSnapshot> Versions, ImmutableArray<string> MetricKeys);
