using System.Text;

using Carbet.Core.Reports;

namespace Carbet.Governance.Documents;

/// <summary>Renders a report document as GitHub-flavoured Markdown; charts become a line pointing at the HTML version.</summary>
public static class MarkdownRenderer
{
    /// <summary>The Markdown text.</summary>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Inline(document.Title)).AppendLine();
        foreach (var section in document.Sections)
        {
            md.Append("## ").AppendLine(Inline(section.Heading)).AppendLine();
            foreach (var block in section.Blocks)
                Append(md, block);
        }
        return md.ToString();
    }

    private static void Append(StringBuilder md, ReportBlock block)
    {
        switch (block)
        {
            case ParagraphBlock { Text.Length: 0 }:
                return;
            case ParagraphBlock p:
                md.AppendLine(Inline(p.Text)).AppendLine();
                break;
            case AlertBlock a:
                md.Append("> **").Append(a.Level).Append(":** ").AppendLine(Inline(a.Text)).AppendLine();
                break;
            case KeyValueBlock kv:
                foreach (var (key, value) in kv.Items)
                    md.Append("- **").Append(Inline(key)).Append(":** ").AppendLine(Inline(value));
                md.AppendLine();
                break;
            case TableBlock t:
                md.Append("| ").AppendJoin(" | ", t.Headers.Select(Cell)).AppendLine(" |");
                md.Append('|').AppendJoin('|', t.Headers.Select(_ => "---")).AppendLine("|");
                foreach (var row in t.Rows)
                    md.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
                md.AppendLine();
                break;
            default:
                md.AppendLine("*(chart: see the HTML version)*").AppendLine();
                break;
        }
    }

    private static string Inline(string text) => text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);
}
