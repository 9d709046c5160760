using System.Text.Json;

using Carbet.Server.Web;

namespace Carbet.Web.Tests;

/// <summary>Reading a training's reports/train.json and drawing its ROC overlay.</summary>
public sealed class TrainLeaderboardTests
{
    private const string Json = """
        {
          "leaderboard": [
            { "rank": 1, "family": "lightgbm", "runId": "r1", "metrics": { "test_auc": 0.85, "cv_auc_mean": 0.84, "fit_seconds": 1.5 } },
            { "rank": 2, "family": "<b>logistic</b>", "runId": "r2", "metrics": { "test_auc": "NaN" } }
          ],
          "roc": [
            { "family": "lightgbm", "points": [[0, 0], [0.1, 0.6], [1, 1]] },
            { "family": "<b>logistic</b>", "points": [[0, 0], [0.2, 0.5], [1, 1], ["x", 2]] }
          ]
        }
        """;

    [Fact]
    public void Parse_TwoFamilies_ReadsRowsAndCurves()
    {
        using var json = JsonDocument.Parse(Json);
        var board = TrainLeaderboard.Parse(json.RootElement)!;
        Assert.Equal(["lightgbm", "<b>logistic</b>"], board.Rows.Select(r => r.Family));
        Assert.Equal(0.85, board.Rows[0].TestAuc);
        Assert.Null(board.Rows[1].TestAuc);
        Assert.Equal([3, 3], board.Roc.Select(c => c.Points.Length));
    }

    [Fact]
    public void RocSvg_TwoFamilies_DrawsOneLinePerFamilyPlusChanceEncoded()
    {
        using var json = JsonDocument.Parse(Json);
        var svg = TrainLeaderboard.Parse(json.RootElement)!.RocSvg("ROC <curves>", "FPR", "TPR", "chance");
        Assert.Equal(3, svg.Split("<polyline", StringSplitOptions.None).Length - 1);
        Assert.Contains("&lt;b&gt;logistic&lt;/b&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("ROC &lt;curves&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"leaderboard\": 3}")]
    [InlineData("{}")]
    public void Parse_NotALeaderboard_ReturnsNull(string text)
    {
        using var json = JsonDocument.Parse(text);
        Assert.Null(TrainLeaderboard.Parse(json.RootElement));
    }

    [Theory]
    [InlineData("/ui/runs", "/ui/runs")]
    [InlineData("https://evil.example/", "/ui")]
    [InlineData("//evil.example/ui", "/ui")]
    [InlineData("/api/v1/reviews", "/ui")]
    [InlineData(null, "/ui")]
    public void LocalReturn_AnyUrl_StaysInTheUi(string? asked, string expected) =>
        Assert.Equal(expected, UiAccess.LocalReturn(asked));
}
