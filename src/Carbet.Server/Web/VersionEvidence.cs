using System.Globalization;

using Carbet.Tracking;
using Carbet.Tracking.Registry;
using Carbet.Tracking.Runs;

namespace Carbet.Server.Web;

/// <summary>What the store holds about a version, sorted for its page: its metrics, and the fairness and robustness evidence
/// (metrics and report files) that an audit recorded on its run, when there is any.</summary>
internal sealed record VersionEvidence(
    IReadOnlyList<(string Key, string Value)> Metrics,
    IReadOnlyList<(string Key, string Value)> Fairness,
    IReadOnlyList<string> FairnessFiles,
    IReadOnlyList<(string Key, string Value)> Robustness,
    IReadOnlyList<string> RobustnessFiles)
{
    private static readonly string[] FairnessWords = ["fairness", "disparate", "parity", "equal_opportunity", "equalized_odds"];
    private static readonly string[] RobustnessWords = ["robust", "adversarial", "attack", "perturbation"];

    public static async Task<VersionEvidence> ReadAsync(IStore store, ModelVersionSnapshot version, CancellationToken ct)
    {
        var run = await store.Runs.GetAsync(version.RunId, ct);
        var audit = await LatestAuditAsync(store, version, ct);
        var all = version.Metrics.Concat(run?.LatestMetrics.Where(m => !version.Metrics.ContainsKey(m.Key)) ?? [])
            .Concat(audit?.LatestMetrics.Where(m => !version.Metrics.ContainsKey(m.Key) && run?.LatestMetrics.ContainsKey(m.Key) != true) ?? [])
            .Select(m => (m.Key, Value: m.Value.ToString("G6", CultureInfo.InvariantCulture))).OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        var files = run is null ? [] : (await store.Runs.ListArtifactsAsync(run.Id, ct)).Select(a => a.Path).ToList();
        if (audit is not null)
            files.AddRange((await store.Runs.ListArtifactsAsync(audit.Id, ct)).Select(a => $"{a.Path} (audit run {audit.Id})"));
        return new VersionEvidence(
            [.. version.Metrics.Select(m => (m.Key, m.Value.ToString("G6", CultureInfo.InvariantCulture)))],
            [.. all.Where(m => About(m.Key, FairnessWords))],
            [.. files.Where(f => About(f, FairnessWords))],
            [.. all.Where(m => About(m.Key, RobustnessWords))],
            [.. files.Where(f => About(f, RobustnessWords))]);
    }

    // carbet audit records a finished run with the version's model and number as params
    private static async Task<RunSnapshot?> LatestAuditAsync(IStore store, ModelVersionSnapshot version, CancellationToken ct)
    {
        var page = await store.Runs.SearchAsync(new RunQuery
        {
            Status = RunStatus.Finished,
            Filters =
            [
                new(RunFilterTarget.Param, "audit.model", FilterOperator.Equal, version.Model),
                new(RunFilterTarget.Param, "audit.version", FilterOperator.Equal, version.Version.ToString(CultureInfo.InvariantCulture)),
            ],
            Take = 1,
        }, ct);
        return page.Runs.FirstOrDefault();
    }

    private static bool About(string name, string[] words) => words.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
}
