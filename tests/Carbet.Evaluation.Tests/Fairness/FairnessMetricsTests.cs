using Carbet.Core;
using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>Fairness rates per sex and race against Fairlearn's definitions (binary-metrics.json "fairness").</summary>
public sealed class FairnessMetricsTests
{
    [Theory]
    [InlineData("sex")]
    [InlineData("race")]
    public void Compute_AdultAttribute_MatchesFairlearnDefinitions(string attribute)
    {
        var csv = Golden.Csv("binary-scores.csv");
        var result = FairnessMetrics.Compute(Golden.Doubles(csv["y_score"]), Golden.Ints(csv["y_true"]), csv[attribute], 0.5);
        var golden = Golden.Json("binary-metrics.json").GetProperty("fairness").GetProperty(attribute);
        Assert.Equal(golden.GetProperty("groups").EnumerateObject().Select(g => g.Name).Order(StringComparer.Ordinal), result.Groups.Select(g => g.Group));
        foreach (var g in result.Groups)
        {
            var expected = golden.GetProperty("groups").GetProperty(g.Group);
            Assert.Equal(expected.GetProperty("n").GetInt64(), g.Count);
            Assert.Equal(expected.GetProperty("tp").GetInt64(), g.TruePositives);
            Assert.Equal(expected.GetProperty("fp").GetInt64(), g.FalsePositives);
            Golden.Close(expected, "base_rate", g.BaseRate);
            Golden.Close(expected, "selection_rate", g.SelectionRate);
            Golden.Close(expected, "tpr", g.TruePositiveRate);
            Golden.Close(expected, "fpr", g.FalsePositiveRate);
            Golden.Close(expected, "precision", g.Precision);
        }
        Golden.Close(golden, "demographic_parity_difference", result.DemographicParityDifference);
        Golden.Close(golden, "demographic_parity_ratio", result.DemographicParityRatio);
        Golden.Close(golden, "tpr_difference", result.TruePositiveRateDifference);
        Golden.Close(golden, "tpr_ratio", result.TruePositiveRateRatio);
        Golden.Close(golden, "fpr_difference", result.FalsePositiveRateDifference);
        Golden.Close(golden, "fpr_ratio", result.FalsePositiveRateRatio);
        Golden.Close(golden, "equalized_odds_difference", result.EqualizedOddsDifference);
        Golden.Close(golden, "equalized_odds_ratio", result.EqualizedOddsRatio);
        Golden.Close(golden, "equal_opportunity_difference", result.TruePositiveRateDifference);
    }

    [Fact]
    public void Compute_GroupWithoutPositives_ThrowsUserError()
    {
        var error = Assert.Throws<UserErrorException>(() => FairnessMetrics.Compute([0.2, 0.8, 0.4, 0.1], [0, 1, 0, 0], ["a", "a", "b", "b"], 0.5));
        Assert.Contains("Group 'b' has 0 positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_TwoGroups_DisparitiesByHand()
    {
        // a: selects 1 of 2 (TPR 1, FPR 0); b: selects 2 of 2 (TPR 1, FPR 1)
        var result = FairnessMetrics.Compute([0.9, 0.1, 0.9, 0.6], [1, 0, 1, 0], ["a", "a", "b", "b"], 0.5);
        Assert.Equal((0.5, 0.5), (result.DemographicParityDifference, result.DemographicParityRatio));
        Assert.Equal((1.0, 0.0), (result.EqualizedOddsDifference, result.EqualizedOddsRatio));
    }
}
