using System.Collections.Immutable;

namespace Carbet.Tracking.Runs;

/// <summary>An experiment: a named group of runs.</summary>
public sealed record ExperimentSnapshot(long Id, string Name, DateTimeOffset CreatedAt);

/// <summary>What a new run starts with.</summary>
public sealed record NewRun(string Experiment, string Name)
{
    /// <value>The run this one belongs to (a fold, a trial). The default is none.</value>
    public string? ParentRunId { get; init; }

    /// <value>The commit of the code that ran, when known.</value>
    public string? GitCommit { get; init; }

    /// <value>Tags set when the run starts.</value>
    public ImmutableSortedDictionary<string, string> Tags { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}

/// <summary>A run as read from the store; later writes never change it.</summary>
public sealed record RunSnapshot(
    string Id,
    string Experiment,
    string Name,
    RunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? GitCommit,
    string? ParentRunId,
    ImmutableSortedDictionary<string, string> Params,
    ImmutableSortedDictionary<string, string> Tags,
    ImmutableSortedDictionary<string, double> LatestMetrics);

/// <summary>One value of a metric at one step.</summary>
public sealed record MetricPoint(string Key, double Value, long Step, DateTimeOffset Timestamp);

/// <summary>A file a run produced: its logical path, size and content hash.</summary>
public sealed record ArtifactSnapshot(string RunId, string Path, long Size, string Sha256);
