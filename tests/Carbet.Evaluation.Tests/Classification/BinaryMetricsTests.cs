using Carbet.Evaluation.Classification;

namespace Carbet.Evaluation.Tests.Classification;

/// <summary>Binary metrics on cases small enough to work out by hand.</summary>
public sealed class BinaryMetricsTests
{
    private static readonly BinaryMetricsOptions Defaults = new();

    // scikit-learn's roc_curve docstring example
    private static readonly double[] Scores = [0.1, 0.4, 0.35, 0.8];
    private static readonly int[] Labels = [0, 0, 1, 1];

    [Fact]
    public void Compute_PerfectRanking_AucIsOne()
    {
        var result = BinaryMetrics.Compute([0.1, 0.2, 0.7, 0.9], [0, 0, 1, 1], Defaults);
        Assert.Equal(1, result.RocAuc);
        Assert.Equal(1, result.DeLong!.Auc);
        Assert.Equal(1, result.AveragePrecision);
        Assert.Equal(1, result.KolmogorovSmirnov.Statistic);
    }

    [Fact]
    public void Compute_ReversedRanking_AucIsZero()
    {
        var result = BinaryMetrics.Compute([0.9, 0.7, 0.2, 0.1], [0, 0, 1, 1], Defaults);
        Assert.Equal(0, result.RocAuc);
        Assert.Equal(0, result.DeLong!.Auc);
    }

    [Fact]
    public void Compute_AllScoresTied_AucIsHalfWithTwoRocPoints()
    {
        var result = BinaryMetrics.Compute([0.3, 0.3, 0.3, 0.3, 0.3], [0, 1, 0, 1, 1], Defaults);
        Assert.Equal(0.5, result.RocAuc);
        Assert.Equal(0.5, result.DeLong!.Auc);
        Assert.Equal([0.0, 1.0], result.Roc.FalsePositiveRates);
        Assert.Equal([1.3, 0.3], result.Roc.Thresholds);
        Assert.Equal(0.6, result.AveragePrecision, 15);
    }

    [Fact]
    public void Compute_SmallExample_CurvesAsWorkedByHand()
    {
        var result = BinaryMetrics.Compute(Scores, Labels, Defaults);
        Assert.Equal([1.8, 0.8, 0.4, 0.35, 0.1], result.Roc.Thresholds);
        Assert.Equal([0.0, 0.0, 0.5, 0.5, 1.0], result.Roc.FalsePositiveRates);
        Assert.Equal([0.0, 0.5, 0.5, 1.0, 1.0], result.Roc.TruePositiveRates);
        Assert.Equal(0.75, result.RocAuc);
        Assert.Equal(0.5 + (0.5 * 2 / 3), result.AveragePrecision, 15);
        Assert.Equal(new KsStatistic(0.5, 0.8, 0.5, 0), result.KolmogorovSmirnov);
    }

    [Fact]
    public void Compute_SmallExample_ThresholdMetricsCountEachCell()
    {
        var result = BinaryMetrics.Compute(Scores, Labels, Defaults with { Threshold = 0.35 });
        Assert.Equal(new ConfusionCounts(1, 1, 0, 2), result.AtThreshold.Confusion);
        Assert.Equal(0.75, result.AtThreshold.Accuracy);
        Assert.Equal(2.0 / 3, result.AtThreshold.Precision);
        Assert.Equal(1, result.AtThreshold.Recall);
        Assert.Equal(0.8, result.AtThreshold.F1);
        Assert.Equal(0.5, result.AtThreshold.Specificity);
    }

    [Fact]
    public void Compute_SmallExample_ProbabilityMetricsFromDefinition()
    {
        var result = BinaryMetrics.Compute(Scores, Labels, Defaults);
        var logLoss = -(Math.Log(0.9) + Math.Log(0.6) + Math.Log(0.35) + Math.Log(0.8)) / 4;
        Assert.Equal(logLoss, result.LogLoss!.Value, 14);
        Assert.Equal(((0.1 * 0.1) + (0.4 * 0.4) + (0.65 * 0.65) + (0.2 * 0.2)) / 4, result.Brier!.Value, 14);
    }

    [Fact]
    public void Compute_ScoresOnBinEdges_GoToTheBinBelow()
    {
        var result = BinaryMetrics.Compute(Scores, Labels, Defaults);
        Assert.Equal([0, 3, 7], result.Calibration.Select(b => (int)Math.Round(b.Lower * 10)));
        Assert.Equal([0.1, 0.375, 0.8], result.Calibration.Select(b => b.MeanPredicted));
        Assert.Equal([0.0, 0.5, 1.0], result.Calibration.Select(b => b.ObservedRate));
        Assert.Equal([1, 2, 1], result.Calibration.Select(b => b.Count));
    }

    [Fact]
    public void Compute_FourRowsInTwoGroups_LiftAndGainByHalves()
    {
        var result = BinaryMetrics.Compute(Scores, Labels, Defaults with { GainGroups = 2 });
        Assert.Equal(2, result.Gains.Count);
        Assert.Equal(new GainGroup(1, 2, 1, 1, 0.5, 0.5, 1), result.Gains[0]);
        Assert.Equal(new GainGroup(2, 2, 1, 1, 1, 1, 1), result.Gains[1]);
    }

    [Fact]
    public void Compute_RawScores_LeavesProbabilityMetricsOut()
    {
        var result = BinaryMetrics.Compute([-3, 2, 5], [0, 1, 1], Defaults with { ScoresAreProbabilities = false });
        Assert.Null(result.LogLoss);
        Assert.Null(result.Brier);
        Assert.Empty(result.Calibration);
        Assert.Null(result.DeLong);
        Assert.Equal(1, result.RocAuc);
    }
}
