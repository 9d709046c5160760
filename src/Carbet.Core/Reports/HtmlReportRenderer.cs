using System.Net;
using System.Text;

namespace Carbet.Core.Reports;

/// <summary>Renders a <see cref="ReportDocument"/> as one self-contained HTML5 page: inline CSS, charts as inline SVG.</summary>
/// <remarks>Every text from the document is HTML-encoded, and the output depends only on the document.</remarks>
public static class HtmlReportRenderer
{
    private const string Css = """
        body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222;padding:0 1rem}
        h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
        table{border-collapse:collapse;margin:.5rem 0;font-size:.85rem}
        th,td{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}th{background:#f4f4f4}
        dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
        .alert{padding:.4rem .7rem;margin:.3rem 0;border-left:4px solid}
        .info{border-color:#3b82f6;background:#eff6ff}.warning{border-color:#f59e0b;background:#fffbeb}
        .error{border-color:#dc2626;background:#fef2f2}
        figure{margin:.8rem 0}figcaption{font-weight:600;font-size:.9rem}svg text{font-size:10px}
        """;

    /// <summary>Renders the document.</summary>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(document.Title)).Append("</title>\n<style>\n").Append(Css)
            .Append("\n</style>\n</head>\n<body>\n<h1>").Append(Encode(document.Title)).Append("</h1>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<section>\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
                AppendBlock(html, block);
            html.Append("</section>\n");
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Renders one block as an HTML fragment, as <see cref="Render"/> would inside a section, for pages that embed it.</summary>
    public static string RenderBlock(ReportBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var html = new StringBuilder();
        AppendBlock(html, block);
        return html.ToString();
    }

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static void AppendBlock(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                html.Append("<p>").Append(Encode(p.Text)).Append("</p>\n");
                break;
            case AlertBlock a:
                var level = a.Level.ToString().ToLowerInvariant();
                html.Append("<div class=\"alert ").Append(level).Append("\">").Append(Encode(a.Text)).Append("</div>\n");
                break;
            case KeyValueBlock kv:
                html.Append("<dl>\n");
                foreach (var (key, value) in kv.Items)
                    html.Append("<dt>").Append(Encode(key)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");
                html.Append("</dl>\n");
                break;
            case TableBlock t:
                AppendTable(html, t);
                break;
            case BarChartBlock bar:
                SvgCharts.AppendBarChart(html, bar);
                break;
            case HistogramBlock histogram:
                SvgCharts.AppendHistogram(html, histogram);
                break;
            case LineChartBlock line:
                SvgLineChart.Append(html, line);
                break;
            case HeatmapBlock heatmap:
                SvgCharts.AppendHeatmap(html, heatmap);
                break;
            default:
                throw new NotSupportedException($"No HTML rendering for {block.GetType().Name}.");
        }
    }

    private static void AppendTable(StringBuilder html, TableBlock table)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var header in table.Headers)
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }
}
