using Carbet.Data.Profiling;

using static Carbet.Data.Tests.Profiling.Tables;

namespace Carbet.Data.Tests.Profiling;

public sealed class ProfileWritersTests
{
    private static DatasetProfile Sample() => Profiler.Profile(
        Of(Numbers("<script>alert(1)</script>", 1, 2, 3, 4), Numbers("b", 2, 1, 4, 3), Numbers("flat", 5, 5, 5, 5),
            Labels("c", "x", "y", "x", "y"), Labels("d", "u", "u", "v", "v")),
        new ProfileOptions(), null, TestContext.Current.CancellationToken);

    [Fact]
    public void Write_ProfileWithUndefinedValues_HasNoNaNTokens()
    {
        var json = ProfileJson.Write(Sample());
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        Assert.Contains("\"rowCount\": 4", json, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("Number", document.RootElement.GetProperty("columns")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Write_SameProfile_SameJson()
    {
        Assert.Equal(ProfileJson.Write(Sample()), ProfileJson.Write(Sample()));
    }

    [Fact]
    public void Write_Profile_HtmlHasChartsAndEscapesData()
    {
        var html = ProfileHtml.Write(Sample(), "Profile of <test>");
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Pearson correlation", html, StringComparison.Ordinal);
        Assert.Contains("Spearman correlation", html, StringComparison.Ordinal);
        Assert.Equal(3 + 2 + 3, html.Split("<svg").Length - 1);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Profile of &lt;test&gt;", html, StringComparison.Ordinal);
    }
}
