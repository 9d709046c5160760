using System.Collections.Immutable;

using Carbet.Core.Reports;
using Carbet.Governance.Datasheets;
using Carbet.Governance.Documents;
using Carbet.Lifecycle.Project;
using Carbet.Tracking;
using Carbet.Tracking.Datasets;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>Writes a dataset version's datasheet (Markdown and HTML) into <c>datasheets/</c> beside carbet.yaml, with the approvals recorded so far.</summary>
internal static class DatasheetWriter
{
    public static async Task<string> WriteAsync(IStore store, RecordedRun? run, ProjectFile project, DatasetVersionSnapshot version, long? rowsBefore,
        ImmutableArray<PreprocessingEntry> steps, string? split, CancellationToken ct)
    {
        var approvals = await store.Datasets.ListApprovalsAsync(version.Id, ct);
        var sheet = project.Datasheet;
        var facts = new DatasheetFacts(version.Dataset, version.Id, version.Version, version.ContentHash, version.Schema, version.Rows)
        {
            ParentId = version.ParentId,
            RowsBefore = rowsBefore,
            Need = project.UseCase.Need,
            Motivation = sheet.Motivation ?? "",
            Collection = sheet.Collection ?? "",
            Owner = sheet.Owner ?? "",
            Sensitive = project.Data.Sensitive,
            IntendedUses = sheet.IntendedUses,
            UsesToAvoid = sheet.UsesToAvoid,
            Retention = sheet.Retention ?? "",
            Refresh = sheet.Refresh ?? "",
            Steps = steps,
            Split = split,
            RequiredApprovals = sheet.Approvers,
            Approvals = [.. approvals.Select(a => new ApprovalEntry(a.Role, a.By, a.At, a.Note))],
        };
        var document = DatasheetDocument.Build(facts);
        var (markdown, html) = (MarkdownRenderer.Render(document), HtmlReportRenderer.Render(document));
        var folder = Path.Combine(project.Folder, "datasheets");
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $"{version.Dataset}-v{version.Version}");
        await File.WriteAllTextAsync(stem + ".md", markdown, ct);
        await File.WriteAllTextAsync(stem + ".html", html, ct);
        if (run is not null)
        {
            await run.LogTextAsync("reports/datasheet.md", markdown, ct);
            await run.LogTextAsync("reports/datasheet.html", html, ct);
        }
        return folder;
    }
}
