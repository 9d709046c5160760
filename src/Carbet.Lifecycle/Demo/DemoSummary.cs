using System.Collections.Immutable;

namespace Carbet.Lifecycle.Demo;

/// <summary>What a demo produced and where it lies.</summary>
/// <param name="DataFolder">The generated world (CSV, Parquet, monthly batches, manifest).</param>
/// <param name="PreviousChampion">The version the champion alias pointed at before, if any.</param>
public sealed record DemoSummary(
    string RunId,
    string Experiment,
    string Model,
    int Version,
    string Alias,
    int? PreviousChampion,
    ImmutableSortedDictionary<string, double> Metrics,
    string DatasetVersionId,
    string DataFolder,
    long Applications,
    long TrainRows,
    long TestRows,
    string Store,
    string ArtifactRoot,
    TimeSpan Elapsed)
{
    /// <value>What the data steps found and fixed before training.</value>
    public DemoData? Data { get; init; }

    /// <value>How the decision threshold was chosen, in one sentence.</value>
    public string? Threshold { get; init; }

    /// <value>carbet train's leaderboard, best first. The default is empty.</value>
    public ImmutableArray<Training.LeaderboardEntry> Leaderboard { get; init; } = [];

    /// <value>What the study of the best family did, in one sentence; null when tuning was off.</value>
    public string? TuningSentence { get; init; }

    /// <value>The fairness audit of the new version; null when none was run.</value>
    public Audit.AuditSummary? Audit { get; init; }
}
