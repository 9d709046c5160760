using Carbet.Core.Reports;

namespace Carbet.Core.Tests.Reports;

public sealed class SvgLineChartTests
{
    private static string Render(params LineSeries[] series) => HtmlReportRenderer.Render(new ReportDocument("Curves",
        [new ReportSection("ROC", [new LineChartBlock("ROC curves", "False positive rate", "True positive rate", [.. series])])]));

    [Fact]
    public void Render_TwoSeries_DrawsOnePolylineEachWithEscapedLegend()
    {
        var html = Render(
            new LineSeries("<b>logistic</b>", [new(0, 0), new(0.5, 0.8), new(1, 1)]),
            new LineSeries("baseline", [new(0, 0), new(1, 1)]));

        Assert.Equal(2, html.Split("<polyline").Length - 1);
        Assert.Contains("&lt;b&gt;logistic&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("False positive rate", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnitSquare_MapsCornersToThePlotCorners()
    {
        var html = Render(new LineSeries("diagonal", [new(0, 0), new(1, 1)]));

        // the plot is 280 px wide from x = 40 and 280 px high from y = 10; y grows downwards
        Assert.Contains("points=\"40,290 320,10 \"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NonFinitePoint_IsSkipped()
    {
        var html = Render(new LineSeries("gap", [new(0, 0), new(double.NaN, 0.5), new(1, 1)]));

        Assert.Contains("points=\"40,290 320,10 \"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
    }
}
