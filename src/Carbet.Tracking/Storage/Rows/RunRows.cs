using Carbet.Tracking.Runs;

namespace Carbet.Tracking.Storage.Rows;

internal sealed class ExperimentRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class RunRow
{
    public long Id { get; set; }

    /// <summary>The public id: 32 lower-case hex characters.</summary>
    public required string Uuid { get; set; }
    public long ExperimentId { get; set; }
    public ExperimentRow? Experiment { get; set; }
    public required string Name { get; set; }
    public RunStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? GitCommit { get; set; }
    public long? ParentId { get; set; }
    public RunRow? Parent { get; set; }
}

internal sealed class ParamRow
{
    public long RunId { get; set; }
    public required string Key { get; set; }
    public required string Value { get; set; }

    /// <summary>The value read as a number, so that searches compare numbers in SQL; null when it is not one.</summary>
    public double? NumericValue { get; set; }
}

internal sealed class TagRow
{
    public long RunId { get; set; }
    public required string Key { get; set; }
    public required string Value { get; set; }
}

internal sealed class MetricRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public required string Key { get; set; }

    /// <summary>Null stands for NaN, which SQLite cannot store.</summary>
    public double? Value { get; set; }
    public long Step { get; set; }
    public DateTimeOffset Timestamp { get; set; }
}

/// <summary>The latest point of each metric of a run (highest step, then time, then value, as MLflow),
/// kept up to date by every batch so that searches filter and sort on it in SQL.</summary>
internal sealed class LatestMetricRow
{
    public long RunId { get; set; }
    public required string Key { get; set; }
    public double? Value { get; set; }
    public long Step { get; set; }
    public DateTimeOffset Timestamp { get; set; }
}

internal sealed class ArtifactRow
{
    public long RunId { get; set; }
    public required string Path { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
}
