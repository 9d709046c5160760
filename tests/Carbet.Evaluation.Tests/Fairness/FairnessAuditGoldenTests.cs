using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>The audit's counts, rates and disparities per sex and race against Fairlearn's definitions (binary-metrics.json "fairness").</summary>
public sealed class FairnessAuditGoldenTests
{
    [Theory]
    [InlineData("sex")]
    [InlineData("race")]
    public void Run_AdultAttribute_MatchesFairlearnDefinitions(string attribute)
    {
        var csv = Golden.Csv("binary-scores.csv");
        var audit = FairnessAudit.Run(attribute, Golden.Doubles(csv["y_score"]), Golden.Ints(csv["y_true"]), csv[attribute], 0.5,
            new FairnessAuditOptions { BootstrapResamples = 200 });
        var golden = Golden.Json("binary-metrics.json").GetProperty("fairness").GetProperty(attribute);
        Assert.Equal(golden.GetProperty("groups").EnumerateObject().Select(g => g.Name).Order(StringComparer.Ordinal), audit.Groups.Select(g => g.Group));
        foreach (var g in audit.Groups)
        {
            var expected = golden.GetProperty("groups").GetProperty(g.Group);
            Assert.Equal(expected.GetProperty("n").GetInt64(), g.Count);
            Assert.Equal(expected.GetProperty("tp").GetInt64(), g.TruePositives);
            Assert.Equal(expected.GetProperty("fp").GetInt64(), g.FalsePositives);
            Assert.Equal(expected.GetProperty("fn").GetInt64(), g.FalseNegatives);
            Assert.Equal(expected.GetProperty("tn").GetInt64(), g.TrueNegatives);
            Golden.Close(expected, "base_rate", g.BaseRate);
            Golden.Close(expected, "selection_rate", g.SelectionRate);
            Golden.Close(expected, "tpr", g.TruePositiveRate);
            Golden.Close(expected, "fpr", g.FalsePositiveRate);
            Golden.Close(expected, "precision", g.Precision);
        }
        Assert.Equal(
            ["demographic_parity_difference", "demographic_parity_ratio", "equalized_odds_difference", "equalized_odds_ratio",
                "equal_opportunity_difference", "equal_opportunity_ratio"],
            audit.Disparities.Select(d => d.Metric));
        foreach (var d in audit.Disparities)
            Golden.Close(golden, d.Metric, d.Value);
        Assert.Equal(golden.GetProperty("demographic_parity_ratio").GetDouble() < 0.8, audit.FourFifthsFlag);
    }
}
