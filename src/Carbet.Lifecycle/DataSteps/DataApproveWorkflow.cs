using System.Collections.Immutable;
using System.Text.Json;

using Carbet.Core;
using Carbet.Governance.Datasheets;
using Carbet.Lifecycle.Project;
using Carbet.Tracking;
using Carbet.Tracking.Datasets;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>What <c>carbet data approve</c> recorded, and which roles still have to sign.</summary>
public sealed record ApprovalSummary(DatasetVersionSnapshot Version, DatasetApproval Approval, ImmutableArray<DatasetApproval> Approvals,
    ImmutableArray<string> Pending, string DatasheetFolder);

/// <summary><c>carbet data approve</c>: records a stakeholder's sign-off of the prepared version and rewrites its datasheet.</summary>
public sealed class DataApproveWorkflow(IStore store)
{
    /// <summary>Approves a version (the newest prepared one when <paramref name="versionId"/> is null).</summary>
    public async Task<ApprovalSummary> RunAsync(ProjectFile project, string role, string by, string? note, string? versionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        var dataset = ProjectData.DatasetNames(project).Prepared;
        var version = versionId is not null
            ? await store.Datasets.GetAsync(versionId, ct) ?? throw new UserErrorException($"No dataset version '{versionId}' in {store.Description}.", "Leave --version out to approve the newest prepared version.")
            : (await store.Datasets.ListVersionsAsync(dataset, ct)).LastOrDefault()
                ?? throw new UserErrorException($"Dataset '{dataset}' has no prepared version to approve.", "Run 'carbet data prepare' first.");
        if (version.Dataset != dataset)
            throw new UserErrorException($"Version '{version.Id}' belongs to dataset '{version.Dataset}', not to the prepared dataset '{dataset}'.", "Approve a prepared version: leave --version out for the newest one.");
        if (!project.Datasheet.Approvers.Contains(role, StringComparer.OrdinalIgnoreCase))
            throw new UserErrorException($"'{role}' is not a role this project asks approvals from.", $"Use one of: {string.Join(", ", project.Datasheet.Approvers)} (datasheet.approvers in carbet.yaml).");
        var approval = await store.Datasets.ApproveAsync(version.Id, role, by, note, ct);
        var (steps, split) = await PreparationOfAsync(project, version, ct);
        var folder = await DatasheetWriter.WriteAsync(store, null, project, version, null, steps, split, ct);
        var approvals = await store.Datasets.ListApprovalsAsync(version.Id, ct);
        var pending = project.Datasheet.Approvers.Where(r => !approvals.Any(a => string.Equals(a.Role, r, StringComparison.OrdinalIgnoreCase))).ToImmutableArray();
        return new ApprovalSummary(version, approval, approvals, pending, folder);
    }

    // the prepare run that produced the version holds its step reports
    private async Task<(ImmutableArray<PreprocessingEntry> Steps, string? Split)> PreparationOfAsync(ProjectFile project, DatasetVersionSnapshot version, CancellationToken ct)
    {
        var runs = await store.Runs.SearchAsync(new RunQuery
        {
            Experiment = project.Name,
            Filters = [new RunFilter(RunFilterTarget.Param, "dataset.version_id", FilterOperator.Equal, version.Id)],
            Take = 1,
        }, ct);
        if (runs.Runs.IsEmpty)
            return ([], null);
        var run = runs.Runs[0];
        var artifact = (await store.Runs.ListArtifactsAsync(run.Id, ct)).FirstOrDefault(a => a.Path == PreparationReport.ArtifactPath);
        if (artifact is null)
            return ([], null);
        await using var stream = store.Artifacts.OpenRead(artifact.Sha256);
        var steps = await JsonSerializer.DeserializeAsync<ImmutableArray<PreprocessingEntry>>(stream, ReportJson.Options, ct);
        var split = run.Params.TryGetValue("split.method", out var method)
            ? $"{method}: {run.Params.GetValueOrDefault("split.train")} train, {run.Params.GetValueOrDefault("split.validation")} validation, {run.Params.GetValueOrDefault("split.test")} test rows"
            : null;
        return (steps, split);
    }
}
