using Carbet.Core;
using Carbet.Evaluation.Classification;

namespace Carbet.Evaluation.Tests.Classification;

/// <summary>Threshold rules on the four-row example: thresholds 1.8, 0.8, 0.4, 0.35, 0.1.</summary>
public sealed class ThresholdChooserTests
{
    private static readonly ThresholdChooser Chooser =
        new(BinaryMetrics.Compute([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], new BinaryMetricsOptions()));

    [Theory]
    [InlineData(0.5, 0.8)]
    [InlineData(0.51, 0.35)]
    [InlineData(1.0, 0.35)]
    public void ForRecall_Target_ReturnsHighestThresholdReachingIt(double target, double expected)
    {
        var choice = Chooser.ForRecall(target);
        Assert.Equal(expected, choice.Threshold);
        Assert.Equal(ThresholdRule.TargetRecall, choice.Rule);
        Assert.Contains("positives", choice.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, 0.8)]
    [InlineData(10, 1, 0.35)]
    [InlineData(1, 10, 0.8)]
    public void MinimumExpectedCost_Costs_PicksCheapestPoint(double falseNegative, double falsePositive, double expected)
    {
        var choice = Chooser.MinimumExpectedCost(falseNegative, falsePositive);
        Assert.Equal(expected, choice.Threshold);
        Assert.Contains("expected cost", choice.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void YoudenJ_SmallExample_PicksFirstMaximum()
    {
        var choice = Chooser.YoudenJ();
        Assert.Equal(0.8, choice.Threshold);
        Assert.Equal(0.5, choice.TruePositiveRate);
    }

    [Fact]
    public void Fixed_BetweenScores_ReportsRatesOfRowsAbove()
    {
        var choice = Chooser.Fixed(0.36);
        Assert.Equal((0.5, 0.5), (choice.TruePositiveRate, choice.FalsePositiveRate));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 0)]
    [InlineData(double.NaN, 1)]
    public void MinimumExpectedCost_BadCosts_ThrowsUserError(double falseNegative, double falsePositive)
    {
        Assert.Throws<UserErrorException>(() => Chooser.MinimumExpectedCost(falseNegative, falsePositive));
    }

    [Fact]
    public void ForRecall_TargetAboveOne_ThrowsUserError()
    {
        Assert.Throws<UserErrorException>(() => Chooser.ForRecall(1.5));
    }
}
