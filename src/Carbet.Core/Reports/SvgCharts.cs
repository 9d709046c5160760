using System.Globalization;
using System.Text;

namespace Carbet.Core.Reports;

/// <summary>Draws chart blocks as inline SVG, with fixed sizes so the output is deterministic.</summary>
internal static class SvgCharts
{
    private const int LabelWidth = 160;
    private const int BarArea = 360;
    private const int RowHeight = 18;

    public static void AppendBarChart(StringBuilder html, BarChartBlock chart)
    {
        var count = Math.Min(chart.Labels.Length, chart.Values.Length);
        var max = Enumerable.Range(0, count).Select(i => chart.Values[i]).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        Open(html, chart.Title, LabelWidth + BarArea + 80, (count * RowHeight) + 4);
        for (var i = 0; i < count; i++)
        {
            var y = (i * RowHeight) + 2;
            var value = chart.Values[i];
            var width = max > 0 && double.IsFinite(value) ? Math.Max(0, value / max * BarArea) : 0;
            html.Append("<text x=\"").Append(LabelWidth - 4).Append("\" y=\"").Append(y + 12).Append("\" text-anchor=\"end\">")
                .Append(HtmlReportRenderer.Encode(Truncate(chart.Labels[i]))).Append("</text>")
                .Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(F(width))
                .Append("\" height=\"").Append(RowHeight - 4).Append("\" fill=\"#3b82f6\"/>")
                .Append("<text x=\"").Append(F(LabelWidth + width + 4)).Append("\" y=\"").Append(y + 12).Append("\">")
                .Append(F(value)).Append("</text>\n");
        }
        Close(html);
    }

    public static void AppendHistogram(StringBuilder html, HistogramBlock chart)
    {
        const int width = 400, height = 120;
        var count = chart.Counts.Length;
        var max = count == 0 ? 0 : chart.Counts.Max();
        Open(html, chart.Title, width, height + 16);
        for (var i = 0; i < count; i++)
        {
            var barWidth = (double)width / count;
            var barHeight = max > 0 ? (double)chart.Counts[i] / max * height : 0;
            html.Append("<rect x=\"").Append(F(i * barWidth)).Append("\" y=\"").Append(F(height - barHeight))
                .Append("\" width=\"").Append(F(Math.Max(barWidth - 1, 0.5))).Append("\" height=\"").Append(F(barHeight))
                .Append("\" fill=\"#10b981\"><title>");
            if (i + 1 < chart.Edges.Length)
                html.Append('[').Append(F(chart.Edges[i])).Append(", ").Append(F(chart.Edges[i + 1])).Append("]: ");
            html.Append(chart.Counts[i].ToString(CultureInfo.InvariantCulture)).Append("</title></rect>\n");
        }
        if (chart.Edges.Length > 0)
        {
            html.Append("<text x=\"0\" y=\"").Append(height + 12).Append("\">").Append(F(chart.Edges[0])).Append("</text>")
                .Append("<text x=\"").Append(width).Append("\" y=\"").Append(height + 12).Append("\" text-anchor=\"end\">")
                .Append(F(chart.Edges[^1])).Append("</text>\n");
        }
        Close(html);
    }

    public static void AppendHeatmap(StringBuilder html, HeatmapBlock chart)
    {
        const int cell = 22;
        var n = chart.Labels.Length;
        Open(html, chart.Title, LabelWidth + (n * cell), LabelWidth + (n * cell));
        for (var j = 0; j < n; j++)
        {
            var x = LabelWidth + (j * cell) + 14;
            html.Append("<text transform=\"translate(").Append(x).Append(',').Append(LabelWidth - 4).Append(") rotate(-60)\">")
                .Append(HtmlReportRenderer.Encode(Truncate(chart.Labels[j]))).Append("</text>\n");
        }
        for (var i = 0; i < n; i++)
        {
            var y = LabelWidth + (i * cell);
            html.Append("<text x=\"").Append(LabelWidth - 4).Append("\" y=\"").Append(y + 15).Append("\" text-anchor=\"end\">")
                .Append(HtmlReportRenderer.Encode(Truncate(chart.Labels[i]))).Append("</text>\n");
            for (var j = 0; j < n && i < chart.Matrix.Length && j < chart.Matrix[i].Length; j++)
            {
                var value = chart.Matrix[i][j];
                html.Append("<rect x=\"").Append(LabelWidth + (j * cell)).Append("\" y=\"").Append(y)
                    .Append("\" width=\"").Append(cell - 1).Append("\" height=\"").Append(cell - 1)
                    .Append("\" fill=\"").Append(Color(value)).Append("\"><title>")
                    .Append(HtmlReportRenderer.Encode($"{chart.Labels[i]} × {chart.Labels[j]}: {F(value)}"))
                    .Append("</title></rect>\n");
            }
        }
        Close(html);
    }

    // blue for negative, red for positive, white at zero; light grey marks an undefined value
    private static string Color(double value)
    {
        if (!double.IsFinite(value))
            return "#eeeeee";
        var strength = (int)Math.Round(255 * (1 - Math.Min(Math.Abs(value), 1)));
        return value >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"rgb(255,{strength},{strength})")
            : string.Create(CultureInfo.InvariantCulture, $"rgb({strength},{strength},255)");
    }

    internal static void Open(StringBuilder html, string title, int width, int height) =>
        html.Append("<figure>\n<figcaption>").Append(HtmlReportRenderer.Encode(title)).Append("</figcaption>\n")
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\" role=\"img\">\n");

    internal static void Close(StringBuilder html) => html.Append("</svg>\n</figure>\n");

    private static string Truncate(string label) => label.Length <= 24 ? label : string.Concat(label.AsSpan(0, 23), "…");

    internal static string F(double value) =>
        double.IsFinite(value) ? value.ToString("G6", CultureInfo.InvariantCulture) : "n/a";
}
