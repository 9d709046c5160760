using Carbet.Core;
using Carbet.Evaluation.Regression;

namespace Carbet.Evaluation.Tests.Regression;

/// <summary>Regression metrics against scikit-learn (regression-metrics.json) and cases worked by hand.</summary>
public sealed class RegressionMetricsTests
{
    [Fact]
    public void Compute_CaliforniaHousing_MatchesScikitLearn()
    {
        var csv = Golden.Csv("regression-predictions.csv");
        var result = RegressionMetrics.Compute(Golden.Doubles(csv["y_true"]), Golden.Doubles(csv["y_pred"]));
        var golden = Golden.Json("regression-metrics.json");
        Assert.Equal(golden.GetProperty("n").GetInt32(), result.Count);
        Golden.Close(golden, "mae", result.MeanAbsoluteError);
        Golden.Close(golden, "mse", result.MeanSquaredError);
        Golden.Close(golden, "rmse", result.RootMeanSquaredError);
        Golden.Close(golden, "r2", result.R2);
        Golden.Close(golden, "median_absolute_error", result.MedianAbsoluteError);
        Golden.Close(golden, "max_error", result.MaxError);
        Golden.Close(golden, "explained_variance", result.ExplainedVariance);
    }

    [Fact]
    public void Compute_SmallCase_MetricsByHand()
    {
        var result = RegressionMetrics.Compute([3, -0.5, 2, 7], [2.5, 0, 2, 8]);
        Assert.Equal([0.5, -0.5, 0, -1], result.Residuals);
        Assert.Equal(0.5, result.MeanAbsoluteError);
        Assert.Equal(0.375, result.MeanSquaredError);
        Assert.Equal(0.5, result.MedianAbsoluteError);
        Assert.Equal(1, result.MaxError);
        Assert.Equal(1 - (1.5 / 29.1875), result.R2, 14);
    }

    [Theory]
    [InlineData(new[] { 2.0, 2.0 }, 1.0)]
    [InlineData(new[] { 2.0, 3.0 }, 0.0)]
    public void Compute_ConstantActual_ScoresLikeScikitLearn(double[] predicted, double expected)
    {
        Assert.Equal(expected, RegressionMetrics.Compute([2, 2], predicted).R2);
    }

    [Fact]
    public void Compute_LengthsDiffer_ThrowsUserError()
    {
        Assert.Throws<UserErrorException>(() => RegressionMetrics.Compute([1, 2], [1]));
    }

    [Fact]
    public void Compute_NaNPrediction_ThrowsUserError()
    {
        var error = Assert.Throws<UserErrorException>(() => RegressionMetrics.Compute([1, 2], [1, double.NaN]));
        Assert.Contains("Row 1 has prediction NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NoRows_ThrowsUserError()
    {
        Assert.Throws<UserErrorException>(() => RegressionMetrics.Compute([], []));
    }
}
