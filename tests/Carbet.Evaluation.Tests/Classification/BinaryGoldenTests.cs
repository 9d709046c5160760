using System.Text.Json;

using Carbet.Evaluation.Classification;

namespace Carbet.Evaluation.Tests.Classification;

/// <summary>Binary metrics on adult.test scores against scikit-learn (../shared/golden/binary-metrics.json).</summary>
public sealed class BinaryGoldenTests
{
    private static readonly Lazy<(BinaryEvaluation Evaluation, JsonElement Golden)> Adult = new(() =>
    {
        var csv = Golden.Csv("binary-scores.csv");
        var evaluation = BinaryMetrics.Compute(Golden.Doubles(csv["y_score"]), Golden.Ints(csv["y_true"]), new BinaryMetricsOptions());
        return (evaluation, Golden.Json("binary-metrics.json"));
    });

    [Fact]
    public void Compute_AdultScores_RocCurveMatchesEveryPoint()
    {
        var (evaluation, golden) = Adult.Value;
        var expected = golden.GetProperty("roc_curve");
        Assert.Equal(expected.GetProperty("n_points").GetInt32(), evaluation.Roc.Thresholds.Length);
        foreach (var (key, actual) in new[] { ("fpr", evaluation.Roc.FalsePositiveRates), ("tpr", evaluation.Roc.TruePositiveRates), ("thresholds", evaluation.Roc.Thresholds) })
        {
            var k = 0;
            foreach (var value in expected.GetProperty(key).EnumerateArray())
            {
                Golden.Close(value.GetDouble(), actual[k], $"{key}[{k}]");
                k++;
            }
            Assert.Equal(actual.Length, k);
        }
    }

    [Fact]
    public void Compute_AdultScores_SummaryMetricsMatchScikitLearn()
    {
        var (evaluation, golden) = Adult.Value;
        Assert.Equal(golden.GetProperty("n_positive").GetInt32(), evaluation.Positives);
        Assert.Equal(golden.GetProperty("n_negative").GetInt32(), evaluation.Negatives);
        Golden.Close(golden, "roc_auc", evaluation.RocAuc);
        Golden.Close(golden, "average_precision", evaluation.AveragePrecision);
        Golden.Close(golden, "log_loss", evaluation.LogLoss!.Value);
        Golden.Close(golden, "brier", evaluation.Brier!.Value);
        var ks = golden.GetProperty("ks");
        Golden.Close(ks, "statistic", evaluation.KolmogorovSmirnov.Statistic);
        Golden.Close(ks, "threshold", evaluation.KolmogorovSmirnov.Threshold);
        Golden.Close(ks, "tpr", evaluation.KolmogorovSmirnov.TruePositiveRate);
        Golden.Close(ks, "fpr", evaluation.KolmogorovSmirnov.FalsePositiveRate);
    }

    [Fact]
    public void Compute_AdultScores_ThresholdMetricsMatchScikitLearn()
    {
        var (evaluation, golden) = Adult.Value;
        var expected = golden.GetProperty("at_threshold");
        var actual = evaluation.AtThreshold;
        Golden.Close(expected, "threshold", actual.Threshold);
        var matrix = expected.GetProperty("confusion_matrix");
        Assert.Equal(matrix.GetProperty("tn").GetInt64(), actual.Confusion.TrueNegatives);
        Assert.Equal(matrix.GetProperty("fp").GetInt64(), actual.Confusion.FalsePositives);
        Assert.Equal(matrix.GetProperty("fn").GetInt64(), actual.Confusion.FalseNegatives);
        Assert.Equal(matrix.GetProperty("tp").GetInt64(), actual.Confusion.TruePositives);
        Golden.Close(expected, "accuracy", actual.Accuracy);
        Golden.Close(expected, "precision", actual.Precision);
        Golden.Close(expected, "recall", actual.Recall);
        Golden.Close(expected, "f1", actual.F1);
    }

    [Fact]
    public void Compute_AdultScores_DeLongMatchesSunXu()
    {
        var (evaluation, golden) = Adult.Value;
        var expected = golden.GetProperty("delong");
        var actual = evaluation.DeLong!;
        Golden.Close(expected, "auc", actual.Auc);
        Golden.Close(expected, "variance", actual.Variance);
        Golden.Close(expected, "std_error", actual.StandardError);
        Golden.Close(expected, "s10", actual.S10);
        Golden.Close(expected, "s01", actual.S01);
        Golden.Close(expected.GetProperty("ci95")[0].GetDouble(), actual.Lower, "ci95[0]");
        Golden.Close(expected.GetProperty("ci95")[1].GetDouble(), actual.Upper, "ci95[1]");
    }

    [Fact]
    public void YoudenJ_AdultScores_IsTheKsPoint()
    {
        var (evaluation, golden) = Adult.Value;
        var choice = new ThresholdChooser(evaluation).YoudenJ();
        Golden.Close(golden.GetProperty("ks"), "threshold", choice.Threshold);
        Assert.Equal(ThresholdRule.YoudenJ, choice.Rule);
    }

    [Fact]
    public void PairedTest_ModelAgainstItself_HasZeroDifferenceAndPValueOne()
    {
        var csv = Golden.Csv("binary-scores.csv");
        var scores = Golden.Doubles(csv["y_score"]);
        var test = DeLong.PairedTest(scores, scores, Golden.Ints(csv["y_true"]));
        Assert.Equal(0, test.Difference);
        Assert.Equal(1, test.PValue);
    }
}
