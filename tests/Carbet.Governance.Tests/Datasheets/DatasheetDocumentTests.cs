using Carbet.Core;
using Carbet.Core.Reports;
using Carbet.Governance.Datasheets;
using Carbet.Governance.Documents;

namespace Carbet.Governance.Tests.Datasheets;

public sealed class DatasheetDocumentTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static DatasheetFacts Facts => new("credit", "abc123", 2, new string('f', 64),
        new TableSchema([new ColumnSchema("age", ColumnKind.Integer, false), new ColumnSchema("territory", ColumnKind.Category)]), 990)
    {
        ParentId = "raw001",
        RowsBefore = 1_000,
        Motivation = "Score credit applications.",
        Owner = "Risk team",
        Sensitive = ["age"],
        IntendedUses = ["default risk scoring"],
        UsesToAvoid = ["marketing"],
        Steps = [new PreprocessingEntry(1, "drop_duplicates", "Dropped exact duplicate rows", 1_000, 990, 0)],
        RequiredApprovals = ["sponsor", "legal", "dpo"],
        Approvals = [new ApprovalEntry("sponsor", "Ana", At, null)],
    };

    [Fact]
    public void Build_SomeApprovals_ListsGivenAndPending()
    {
        var markdown = MarkdownRenderer.Render(DatasheetDocument.Build(Facts));
        Assert.Contains("| sponsor | Ana | 2026-11-24 10:00 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Pending approvals: legal, dpo.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AllApprovals_SaysSo()
    {
        var facts = Facts with { Approvals = [.. Facts.RequiredApprovals.Select(r => new ApprovalEntry(r, "X", At, null))] };
        Assert.Contains("Every required approval is given.", MarkdownRenderer.Render(DatasheetDocument.Build(facts)), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Always_StatesEverySection()
    {
        var markdown = MarkdownRenderer.Render(DatasheetDocument.Build(Facts));
        foreach (var heading in new[] { "Motivation", "Composition", "Collection", "Preprocessing", "Uses", "Lifecycle and maintenance", "Approvals" })
            Assert.Contains("## " + heading, markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 | drop_duplicates | Dropped exact duplicate rows | 1,000 | 990 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("immutable in the artifact store", markdown, StringComparison.Ordinal);
        Assert.Contains("Not stated: fill datasheet.collection", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PipeInACell_IsEscaped()
    {
        var doc = new ReportDocument("t", [new ReportSection("s", [new TableBlock(["a"], [["x|y"]])])]);
        Assert.Contains("| x\\|y |", MarkdownRenderer.Render(doc), StringComparison.Ordinal);
    }
}
