using System.Globalization;
using System.Text.Json;

using Carbet.Core;
using Carbet.Tracking;
using Carbet.Tracking.Audit;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Audit;

/// <summary>The choice among an audit's mitigation options for one attribute, with its justification: the ethical dilemma,
/// written down by the person accountable. It goes to the audit log (action <c>fairness.decision</c>, subject
/// <c>model/&lt;name&gt;</c>) and, as tags, on the audit run it rests on.</summary>
public static class FairnessDecision
{
    /// <summary>The option names an audit offers.</summary>
    public static IReadOnlyList<string> Options { get; } = ["none", "equal opportunity thresholds", "demographic parity thresholds"];

    /// <summary>Records the decision on the latest audit of the version named by <paramref name="from"/>.</summary>
    public static async Task<AuditEvent> RecordAsync(IStore store, string model, string from, string attribute, string option, string reason, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(reason))
            throw new UserErrorException("The decision has no justification.", "Say why with --reason: what the option costs, who it protects, and why that is acceptable.");
        if (!Options.Contains(option))
            throw new UserErrorException($"'{option}' is not an option of the audit.", $"Choose one of: {string.Join(", ", Options.Select(o => $"\"{o}\""))}.");
        var version = await Retraining.ParentModel.FindVersionAsync(store, model, from, ct);
        var versionText = version.Version.ToString(CultureInfo.InvariantCulture);
        var audit = (await store.Runs.SearchAsync(new RunQuery
        {
            Status = RunStatus.Finished,
            Filters =
            [
                new(RunFilterTarget.Param, "audit.model", FilterOperator.Equal, model),
                new(RunFilterTarget.Param, "audit.version", FilterOperator.Equal, versionText),
            ],
            Take = 1,
        }, ct)).Runs.FirstOrDefault() ?? throw new UserErrorException($"{model} v{versionText} has not been audited.", $"Run carbet audit --from {from} first, then decide on its evidence.");
        var key = AuditRecords.Key(attribute);
        if (!audit.LatestMetrics.ContainsKey($"fairness.{key}.four_fifths_flag"))
        {
            var audited = audit.Params.GetValueOrDefault("audit.sensitive") ?? "";
            throw new UserErrorException($"The audit {audit.Id} has no finding for '{attribute}'.", $"Decide for an attribute it audited: {audited.Replace(",", ", ", StringComparison.Ordinal)}.");
        }
        var after = JsonSerializer.Serialize(new { version = version.Version, attribute, option, reason, auditRun = audit.Id });
        var recorded = await store.Audit.RecordAsync(by, "fairness.decision", $"model/{model}", audit.Tags.GetValueOrDefault($"decision.{key}.option"), after, ct);
        await store.Runs.SetTagsAsync(audit.Id, new Dictionary<string, string>
        {
            [$"decision.{key}.option"] = option,
            [$"decision.{key}.reason"] = reason,
            [$"decision.{key}.by"] = by,
            [$"decision.{key}.at"] = recorded.At.ToString("O", CultureInfo.InvariantCulture),
        }, ct);
        return recorded;
    }
}
