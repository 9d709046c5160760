using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core.Reports;

namespace Carbet.Governance.Datasheets;

/// <summary>Builds the datasheet (after Gebru et al., "Datasheets for Datasets") as a report document, for HTML and Markdown.</summary>
public static class DatasheetDocument
{
    /// <summary>Why this storage model: stated in every datasheet so a reviewer can check it against the lifecycle.</summary>
    public const string StorageModel = "Raw files are kept immutable in the artifact store, addressed by their sha256, so any version can be re-read byte for byte. "
        + "Prepared tables are written as Parquet (typed, columnar, compressed) and registered as new dataset versions whose parent is the raw version and whose recipe replays the preparation. "
        + "Metadata (versions, lineage, recipes, approvals, runs) lives in the relational store, where it is queried and audited.";

    /// <summary>The datasheet's sections.</summary>
    public static ReportDocument Build(DatasheetFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new ReportDocument($"Datasheet: {facts.Dataset} v{facts.Version}",
        [
            new("Motivation", [Paragraph(facts.Motivation, "Not stated: fill datasheet.motivation in carbet.yaml."), Paragraph(facts.Need.Length > 0 ? "Business need: " + facts.Need : "", "")]),
            new("Composition", [
                Pairs(("Version", facts.VersionId), ("Rows", Count(facts.Rows)), ("Rows before preparation", facts.RowsBefore is { } before ? Count(before) : "n/a"),
                    ("Columns", Count(facts.Schema.Columns.Length)), ("Content hash (sha256)", facts.ContentHash), ("Parent version", facts.ParentId ?? "none (raw data)"),
                    ("Sensitive attributes", facts.Sensitive.IsEmpty ? "none declared" : string.Join(", ", facts.Sensitive))),
                new TableBlock(["Column", "Kind", "Has missing values"], [.. facts.Schema.Columns.Select(c => ImmutableArray.Create(c.Name, c.Kind.ToString(), c.Nullable ? "yes" : "no"))]),
            ]),
            new("Collection", [Paragraph(facts.Collection, "Not stated: fill datasheet.collection in carbet.yaml.")]),
            new("Preprocessing", [
                facts.Steps.IsEmpty ? new ParagraphBlock("No preprocessing: this is raw data.")
                    : new TableBlock(["#", "Step", "What it did", "Rows before", "Rows after", "Cells changed"],
                        [.. facts.Steps.Select(s => ImmutableArray.Create(s.Index.ToString(CultureInfo.InvariantCulture), s.Step, s.Description, Count(s.RowsBefore), Count(s.RowsAfter), Count(s.CellsChanged)))]),
                Paragraph(facts.Split is null ? "" : "Split: " + facts.Split, ""),
            ]),
            new("Uses", [
                Pairs(("Intended uses", List(facts.IntendedUses)), ("Uses to avoid", List(facts.UsesToAvoid))),
            ]),
            new("Lifecycle and maintenance", [
                Pairs(("Owner", Or(facts.Owner)), ("Retention", Or(facts.Retention)), ("Refresh", Or(facts.Refresh))),
                new ParagraphBlock(StorageModel),
            ]),
            new("Approvals", Approvals(facts)),
        ]);
    }

    private static ImmutableArray<ReportBlock> Approvals(DatasheetFacts facts)
    {
        var pending = facts.RequiredApprovals.Where(role => !facts.Approvals.Any(a => a.Role == role)).ToList();
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(facts.Approvals.IsEmpty
            ? new ParagraphBlock("No approval given yet.")
            : new TableBlock(["Role", "By", "At (UTC)", "Note"], [.. facts.Approvals.Select(a =>
                ImmutableArray.Create(a.Role, a.By, a.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), a.Note ?? ""))]));
        blocks.Add(pending.Count == 0
            ? new AlertBlock(AlertLevel.Info, "Every required approval is given.")
            : new AlertBlock(AlertLevel.Warning, $"Pending approvals: {string.Join(", ", pending)}. Record one with 'carbet data approve --role <role> --by <name>'."));
        return blocks.ToImmutable();
    }

    private static ParagraphBlock Paragraph(string text, string fallback) => new(string.IsNullOrWhiteSpace(text) ? fallback : text);

    private static KeyValueBlock Pairs(params (string Key, string Value)[] items) => new([.. items.Select(i => new KeyValuePair<string, string>(i.Key, i.Value))]);

    private static string List(ImmutableArray<string> items) => items.IsEmpty ? "not stated" : string.Join("; ", items);

    private static string Or(string text) => string.IsNullOrWhiteSpace(text) ? "not stated" : text;

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
