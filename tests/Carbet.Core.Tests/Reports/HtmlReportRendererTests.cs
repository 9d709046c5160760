using Carbet.Core.Reports;

namespace Carbet.Core.Tests.Reports;

public sealed class HtmlReportRendererTests
{
    private static ReportDocument Sample(string name) => new("Report <1>",
    [
        new ReportSection("Data & more",
        [
            new ParagraphBlock($"Column {name} is odd."),
            new KeyValueBlock([new("rows", "10")]),
            new AlertBlock(AlertLevel.Warning, $"{name} is constant."),
            new TableBlock(["column", "count"], [[name, "10"]]),
            new BarChartBlock("Top values", [name, "b"], [3, 1]),
            new HistogramBlock("Ages", [0, 10, 20], [4, 6]),
            new HeatmapBlock("Correlation", [name, "b"], [[1, double.NaN], [double.NaN, 1]]),
        ]),
    ]);

    [Fact]
    public void Render_ScriptInColumnName_IsEscapedEverywhere()
    {
        var html = HtmlReportRenderer.Render(Sample("<script>alert(1)</script>"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<title>Report &lt;1&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("Data &amp; more", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Document_IsSelfContainedHtml5WithInlineSvg()
    {
        var html = HtmlReportRenderer.Render(Sample("a"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<svg").Length - 1);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.Contains("class=\"alert warning\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameDocument_SameOutput()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            var invariant = HtmlReportRenderer.Render(Sample("a"));
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            Assert.Equal(invariant, HtmlReportRenderer.Render(Sample("a")));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Render_HistogramWithZeroCounts_DrawsWithoutNaN()
    {
        var html = HtmlReportRenderer.Render(new ReportDocument("t", [new ReportSection("s", [new HistogramBlock("empty", [0, 1], [0])])]));
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
    }
}
