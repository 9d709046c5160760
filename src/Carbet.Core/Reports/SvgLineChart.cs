using System.Text;

namespace Carbet.Core.Reports;

/// <summary>Draws a <see cref="LineChartBlock"/> as inline SVG: axes spanning the data (at least 0 to 1), a legend on the right.</summary>
internal static class SvgLineChart
{
    private const int Plot = 280;
    private const int Margin = 40;
    private const int LegendWidth = 170;
    private static readonly string[] Palette = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#6b7280"];

    public static void Append(StringBuilder html, LineChartBlock chart)
    {
        var points = chart.Series.SelectMany(s => s.Points).Where(Finite).ToList();
        var (x0, x1) = Bounds(points.Select(p => p.X));
        var (y0, y1) = Bounds(points.Select(p => p.Y));
        double Sx(double x) => Margin + ((x - x0) / (x1 - x0) * Plot);
        double Sy(double y) => 10 + Plot - ((y - y0) / (y1 - y0) * Plot);
        SvgCharts.Open(html, chart.Title, Margin + Plot + LegendWidth, Plot + Margin + 10);
        html.Append("<rect x=\"").Append(Margin).Append("\" y=\"10\" width=\"").Append(Plot).Append("\" height=\"").Append(Plot)
            .Append("\" fill=\"none\" stroke=\"#999\"/>\n");
        AxisText(html, Margin, Plot + 24, "start", SvgCharts.F(x0));
        AxisText(html, Margin + Plot, Plot + 24, "end", SvgCharts.F(x1));
        AxisText(html, Margin - 4, Plot + 10, "end", SvgCharts.F(y0));
        AxisText(html, Margin - 4, 18, "end", SvgCharts.F(y1));
        AxisText(html, Margin + (Plot / 2), Plot + 38, "middle", chart.XLabel);
        html.Append("<text transform=\"translate(12,").Append(10 + (Plot / 2)).Append(") rotate(-90)\" text-anchor=\"middle\">")
            .Append(HtmlReportRenderer.Encode(chart.YLabel)).Append("</text>\n");
        for (var i = 0; i < chart.Series.Length; i++)
        {
            var series = chart.Series[i];
            var color = Palette[i % Palette.Length];
            html.Append("<polyline fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"1.5\" points=\"");
            foreach (var p in series.Points.Where(Finite))
                html.Append(SvgCharts.F(Sx(p.X))).Append(',').Append(SvgCharts.F(Sy(p.Y))).Append(' ');
            html.Append("\"><title>").Append(HtmlReportRenderer.Encode(series.Name)).Append("</title></polyline>\n");
            var y = 20 + (i * 16);
            html.Append("<rect x=\"").Append(Margin + Plot + 10).Append("\" y=\"").Append(y - 8).Append("\" width=\"10\" height=\"10\" fill=\"")
                .Append(color).Append("\"/>");
            AxisText(html, Margin + Plot + 24, y + 1, "start", series.Name);
        }
        SvgCharts.Close(html);
    }

    private static bool Finite(ChartPoint p) => double.IsFinite(p.X) && double.IsFinite(p.Y);

    private static (double Low, double High) Bounds(IEnumerable<double> values)
    {
        var (low, high) = (0.0, 1.0);
        foreach (var v in values)
            (low, high) = (Math.Min(low, v), Math.Max(high, v));
        return (low, high);
    }

    private static void AxisText(StringBuilder html, int x, int y, string anchor, string text) =>
        html.Append("<text x=\"").Append(x).Append("\" y=\"").Append(y).Append("\" text-anchor=\"").Append(anchor).Append("\">")
            .Append(HtmlReportRenderer.Encode(text)).Append("</text>\n");
}
