using System.Globalization;

using Carbet.Core;
using Carbet.Tracking;
using Carbet.Tracking.Artifacts;
using Carbet.Tracking.Registry;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Audit;

/// <summary>The registered version an audit examines: its record, the run that trained it, its model file and decision threshold.</summary>
internal sealed record AuditedVersion(ModelVersionSnapshot Version, RunSnapshot Run, byte[] ModelFile, double Threshold, DateTime? KnownBefore)
{
    /// <summary>How people read it, e.g. <c>credit-risk v2</c>.</summary>
    public string Name => $"{Version.Model} v{Version.Version.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<AuditedVersion> FindAsync(IStore store, string model, string from, CancellationToken ct)
    {
        var version = await Retraining.ParentModel.FindVersionAsync(store, model, from, ct);
        var name = $"{model} v{version.Version.ToString(CultureInfo.InvariantCulture)}";
        var run = await store.Runs.GetAsync(version.RunId, ct)
            ?? throw new UserErrorException($"The run {version.RunId} that trained {name} is not in the store.", "Audit a version registered by carbet train or carbet retrain in this store.");
        if (version.DatasetVersionId is null)
            throw new UserErrorException($"{name} records no dataset version, so its test rows are unknown.", "Audit a version registered by carbet train or carbet retrain.");
        if (!version.Metrics.TryGetValue("decision_threshold", out var threshold))
            throw new UserErrorException($"{name} records no decision threshold (metric decision_threshold), so its decisions cannot be audited.",
                "Audit a version registered by carbet train or carbet retrain, which record it.");
        DateTime? before = run.Params.GetValueOrDefault("data.known_before") is { } date
            ? DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        var file = await store.Artifacts.ReadAllBytesAsync(version.ArtifactSha256, ct);
        return new AuditedVersion(version, run, file, threshold, before);
    }
}
