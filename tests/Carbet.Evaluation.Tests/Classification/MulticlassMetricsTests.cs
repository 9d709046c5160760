using Carbet.Core;
using Carbet.Evaluation.Classification;

namespace Carbet.Evaluation.Tests.Classification;

/// <summary>Multiclass metrics on a case worked by hand.</summary>
public sealed class MulticlassMetricsTests
{
    // rows: true 0 → 0, 0 → 1, 1 → 1, 2 → 2
    private static readonly double[] Probabilities = [0.7, 0.2, 0.1, 0.3, 0.6, 0.1, 0.2, 0.5, 0.3, 0.1, 0.1, 0.8];
    private static readonly int[] Labels = [0, 0, 1, 2];

    [Fact]
    public void Compute_OneMistake_CountsAndRatesByHand()
    {
        var result = MulticlassMetrics.Compute(Probabilities, Labels, 3);
        Assert.Equal(0.75, result.Accuracy);
        Assert.Equal([1L, 1, 0], result.Confusion[0]);
        Assert.Equal((1.0, 0.5), (result.Classes[0].Precision, result.Classes[0].Recall));
        Assert.Equal((0.5, 1.0), (result.Classes[1].Precision, result.Classes[1].Recall));
        Assert.Equal(((2.0 / 3) + (2.0 / 3) + 1) / 3, result.F1Macro, 15);
        Assert.Equal(-(Math.Log(0.7) + Math.Log(0.3) + Math.Log(0.5) + Math.Log(0.8)) / 4, result.LogLoss, 14);
        Assert.Equal(1, result.Classes[2].RocAucOneVsRest);
    }

    [Fact]
    public void Compute_ClassWithoutRows_ThrowsUserError()
    {
        var error = Assert.Throws<UserErrorException>(() => MulticlassMetrics.Compute(Probabilities, [0, 0, 1, 1], 3));
        Assert.Contains("Class 2 has no rows", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 0, 1, 3, 2 }, "outside 0 to 2")]
    [InlineData(new[] { 0, 1, 2 }, "12 probabilities for 3 labels")]
    public void Compute_BadLabels_ThrowsUserError(int[] labels, string problem)
    {
        var error = Assert.Throws<UserErrorException>(() => MulticlassMetrics.Compute(Probabilities, labels, 3));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NaNProbability_ThrowsUserError()
    {
        var probabilities = (double[])Probabilities.Clone();
        probabilities[4] = double.NaN;
        Assert.Throws<UserErrorException>(() => MulticlassMetrics.Compute(probabilities, Labels, 3));
    }
}
