using System.Globalization;

using Carbet.Core;
using Carbet.Core.Reports;
using Carbet.Evaluation.Fairness;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Families;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Audit;

/// <summary><c>carbet audit</c>: the fairness of a registered version on the test rows it was never trained on, per sensitive
/// attribute and per pair of them, and the features that stand in for a sensitive attribute, recorded as a run under the run
/// that trained the version.</summary>
/// <remarks>The test rows are those of the version's own dataset version and split, scored again with its model file at its
/// recorded decision threshold; proxies are searched on its training rows. Every figure comes with the rows it rests on, and a
/// group too small to conclude is said to be so.</remarks>
public sealed class AuditWorkflow(IStore store, CarbetContext context)
{
    /// <summary>Scores, audits, records and reports.</summary>
    public async Task<AuditSummary> RunAsync(ProjectFile project, AuditOptions options, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(options);
        if (project.Task != TaskKind.Binary)
            throw new UserErrorException($"Project '{project.Name}' is a {project.Task.ToString().ToLowerInvariant()} task, and carbet audit handles binary tasks only.",
                "Audit a binary project; per-group error rates of other tasks are not measured yet.");
        if (project.Data.Sensitive.IsEmpty)
            throw new UserErrorException($"Project '{project.Name}' names no sensitive attribute to audit.",
                "List them under data.sensitive in carbet.yaml, e.g. sensitive: [sex, age].");
        var audited = await AuditedVersion.FindAsync(store, options.Model ?? project.Name, options.From, ct);
        progress?.Report(new($"Auditing {audited.Name}", 0.02));
        var work = Directory.CreateTempSubdirectory("carbet-audit-");
        try
        {
            var inputs = await TrainingInputs.LoadAsync(store, context, project, work.FullName, progress, ct, audited.KnownBefore, audited.Version.DatasetVersionId);
            progress?.Report(new($"Scoring the {inputs.Split.Test.Length:N0} test rows with {audited.Name}", 0.1));
            var scores = await Task.Run(() => HeldOutScores.Score(audited.ModelFile, inputs.Request, inputs.Request.TestCsvPath!, context.SeedFor("audit")), ct);
            var fairnessOptions = options.Fairness ?? new FairnessAuditOptions { Seed = context.SeedFor("audit/bootstrap") };
            var proxyOptions = options.Proxies ?? new ProxyOptions { Seed = context.SeedFor("audit/proxies") };
            progress?.Report(new("Measuring each group's rates, with bootstrap intervals", 0.3));
            var attributes = AuditAttributes.Read(inputs.Table, project.Data.Sensitive);
            var fairness = await Task.Run(() => AuditAttributes.Fairness(attributes, inputs.Split.Test, scores, audited.Threshold, project.Costs, fairnessOptions), ct);
            progress?.Report(new("Searching the features for proxies of each sensitive attribute", 0.7));
            var training = inputs.Split.Train.Concat(inputs.Split.Validation).Order().ToArray();
            var proxies = await Task.Run(() => AuditAttributes.Proxies(attributes, inputs.Table, audited.Version.InputSignature, training, proxyOptions), ct);
            var summary = new AuditSummary(audited.Version.Model, audited.Version.Version, audited.Threshold, inputs.Version.Id, inputs.Split.Test.Length, training.Length,
                [.. attributes.Select(a => new AuditedColumn(a.Name, a.Column?.Name, a.Column is null ? null : SensitiveGroupings.Describe(a.Column)))],
                fairness, proxies, fairnessOptions, proxyOptions);
            progress?.Report(new("Recording the audit", 0.95));
            return await RecordAsync(audited, summary, ct);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<AuditSummary> RecordAsync(AuditedVersion audited, AuditSummary summary, CancellationToken ct)
    {
        var tags = new Dictionary<string, string>
        {
            ["carbet.command"] = "audit",
            ["audit.model"] = audited.Version.Model,
            ["audit.version"] = audited.Version.Version.ToString(CultureInfo.InvariantCulture),
        };
        return await new RecordedRun(store, audited.Run).RecordChildAsync("audit", tags, async run =>
        {
            await run.LogParamsAsync(AuditRecords.Params(summary, context.Seed), ct);
            await run.LogMetricsAsync(AuditRecords.Metrics(summary), context.Now, ct);
            var recorded = summary with { RunId = run.Id };
            await run.LogTextAsync(AuditSummary.HtmlArtifact, HtmlReportRenderer.Render(AuditReport.Document(recorded)), ct);
            await run.LogTextAsync(AuditSummary.JsonArtifact, AuditReport.Json(recorded), ct);
            return recorded;
        }, ct);
    }
}
