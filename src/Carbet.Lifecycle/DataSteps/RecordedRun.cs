using System.Collections.Immutable;
using System.Text;

using Carbet.Tracking;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>A run that a workflow records into: started before the work, ended finished or failed after it.</summary>
internal sealed class RecordedRun(IStore store, RunSnapshot run)
{
    public string Id => run.Id;

    public RunSnapshot Snapshot => run;

    public static async Task<T> RecordAsync<T>(IStore store, string experiment, string name, string folder, string command,
        Func<RecordedRun, Task<T>> work, CancellationToken ct) =>
        await RecordAsync(store, new NewRun(experiment, name)
        {
            GitCommit = GitCommit.Find(folder),
            Tags = ImmutableSortedDictionary.CreateRange<string, string>(StringComparer.Ordinal, [new("carbet.command", command)]),
        }, work, ct);

    /// <summary>Records <paramref name="work"/> in a run that belongs to this one, with the same experiment, commit and tags.</summary>
    public Task<T> RecordChildAsync<T>(string name, IReadOnlyDictionary<string, string> tags, Func<RecordedRun, Task<T>> work, CancellationToken ct) =>
        RecordAsync(store, new NewRun(run.Experiment, name)
        {
            ParentRunId = run.Id,
            GitCommit = run.GitCommit,
            Tags = run.Tags.SetItems(tags),
        }, work, ct);

    private static async Task<T> RecordAsync<T>(IStore store, NewRun run, Func<RecordedRun, Task<T>> work, CancellationToken ct)
    {
        var started = await store.Runs.StartAsync(run, ct);
        try
        {
            var result = await work(new RecordedRun(store, started));
            await store.Runs.EndAsync(started.Id, RunStatus.Finished, ct);
            return result;
        }
        catch
        {
            await store.Runs.EndAsync(started.Id, RunStatus.Failed, CancellationToken.None);
            throw;
        }
    }

    public Task LogParamsAsync(IReadOnlyDictionary<string, string> values, CancellationToken ct) => store.Runs.LogParamsAsync(run.Id, values, ct);

    public Task LogMetricsAsync(IReadOnlyDictionary<string, double> values, DateTimeOffset at, CancellationToken ct) =>
        store.Runs.LogMetricsAsync(run.Id, [.. values.Select(v => new MetricPoint(v.Key, v.Value, 0, at))], ct);

    public Task LogMetricPointsAsync(IReadOnlyList<MetricPoint> points, CancellationToken ct) => store.Runs.LogMetricsAsync(run.Id, points, ct);

    public async Task<ArtifactSnapshot> LogTextAsync(string path, string text, CancellationToken ct)
    {
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await store.Runs.LogArtifactAsync(run.Id, path, content, ct);
    }

    public async Task<ArtifactSnapshot> LogBytesAsync(string path, byte[] bytes, CancellationToken ct)
    {
        await using var content = new MemoryStream(bytes);
        return await store.Runs.LogArtifactAsync(run.Id, path, content, ct);
    }
}
