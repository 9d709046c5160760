using System.Collections.Immutable;

namespace Carbet.Tracking.Runs;

/// <summary>Experiments, runs and what runs log: params, metrics, tags and artifacts.</summary>
/// <remarks>A param is written once: logging the same key with another value is a
/// <see cref="Core.UserErrorException"/>, as in MLflow. Metrics are appended in batches, safe
/// for many concurrent writers to one run. Logging to an ended run is a user error.</remarks>
public interface IRunStore
{
    /// <summary>The experiment with this name, created when it does not exist.</summary>
    Task<ExperimentSnapshot> GetOrCreateExperimentAsync(string name, CancellationToken ct);

    /// <summary>Every experiment, by name.</summary>
    Task<ImmutableArray<ExperimentSnapshot>> ListExperimentsAsync(CancellationToken ct);

    /// <summary>Starts a run (status running), creating its experiment when needed.</summary>
    Task<RunSnapshot> StartAsync(NewRun run, CancellationToken ct);

    /// <summary>Records params; a key already set to another value is an error.</summary>
    Task LogParamsAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken ct);

    /// <summary>Appends metric values in one batch.</summary>
    Task LogMetricsAsync(string runId, IReadOnlyList<MetricPoint> metrics, CancellationToken ct);

    /// <summary>Sets tags, replacing earlier values of the same keys.</summary>
    Task SetTagsAsync(string runId, IReadOnlyDictionary<string, string> tags, CancellationToken ct);

    /// <summary>Stores a file in the artifact store and records it under a logical path of the run.</summary>
    /// <remarks>The path is relative and stays inside the run: absolute paths and <c>..</c> are user errors.</remarks>
    Task<ArtifactSnapshot> LogArtifactAsync(string runId, string path, Stream content, CancellationToken ct);

    /// <summary>Ends a run as finished or failed.</summary>
    Task<RunSnapshot> EndAsync(string runId, RunStatus status, CancellationToken ct);

    /// <summary>The run with this id (a unique prefix of at least 6 characters is enough), or null.</summary>
    Task<RunSnapshot?> GetAsync(string runId, CancellationToken ct);

    /// <summary>Every value of one metric of a run, by step then time.</summary>
    Task<ImmutableArray<MetricPoint>> GetMetricHistoryAsync(string runId, string key, CancellationToken ct);

    /// <summary>The artifacts of a run, by path.</summary>
    Task<ImmutableArray<ArtifactSnapshot>> ListArtifactsAsync(string runId, CancellationToken ct);

    /// <summary>Runs that match a query, ordered and paged.</summary>
    Task<RunPage> SearchAsync(RunQuery query, CancellationToken ct);
}
