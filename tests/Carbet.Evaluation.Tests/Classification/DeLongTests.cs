using Carbet.Evaluation.Classification;

namespace Carbet.Evaluation.Tests.Classification;

/// <summary>Fast DeLong against the O(m·n) Mann–Whitney kernel, computed here from its definition.</summary>
public sealed class DeLongTests
{
    private static readonly int[] Labels = [1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 1];
    private static readonly double[] A = [0.9, 0.2, 0.6, 0.6, 0.6, 0.1, 0.8, 0.4, 0.3, 0.35, 0.7, 0.5];
    private static readonly double[] B = [0.7, 0.3, 0.5, 0.2, 0.5, 0.4, 0.9, 0.1, 0.6, 0.5, 0.2, 0.3];

    [Fact]
    public void Compute_TiedScores_VarianceMatchesPairwiseKernel()
    {
        var (v10, v01) = Naive(A);
        var expected = (Variance(v10, v10) / v10.Length) + (Variance(v01, v01) / v01.Length);
        var actual = BinaryMetrics.Compute(A, Labels, new BinaryMetricsOptions()).DeLong!;
        Assert.Equal(v10.Average(), actual.Auc, 14);
        Assert.Equal(expected, actual.Variance, 14);
    }

    [Fact]
    public void PairedTest_TwoModels_MatchesPairwiseCovariance()
    {
        var (a10, a01) = Naive(A);
        var (b10, b01) = Naive(B);
        var variance = ((Variance(a10, a10) + Variance(b10, b10) - (2 * Variance(a10, b10))) / a10.Length)
            + ((Variance(a01, a01) + Variance(b01, b01) - (2 * Variance(a01, b01))) / a01.Length);
        var test = DeLong.PairedTest(A, B, Labels);
        Assert.Equal(a10.Average() - b10.Average(), test.Difference, 14);
        Assert.Equal(Math.Sqrt(variance), test.StandardError, 14);
        Assert.Equal(test.Difference / test.StandardError, test.Z, 14);
        Assert.InRange(test.PValue, 0, 1);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 0.4795001221869535)]
    [InlineData(1.0, 0.15729920705028513)]
    [InlineData(2.5, 0.0004069520174449590)]
    [InlineData(3.0, 2.209049699858544e-05)]
    [InlineData(6.0, 2.151973671249891e-17)]
    public void Erfc_KnownValues_MatchToTwelveDigits(double x, double expected)
    {
        Assert.True(Math.Abs(Normal.Erfc(x) - expected) <= 1e-12 * expected, $"erfc({x}) = {Normal.Erfc(x):R}");
    }

    [Fact]
    public void TwoSidedPValue_CriticalValue_IsFivePercent()
    {
        Assert.Equal(0.05, Normal.TwoSidedPValue(Normal.Z975), 14);
    }

    private static (double[] V10, double[] V01) Naive(double[] scores)
    {
        var x = scores.Where((_, i) => Labels[i] == 1).ToArray();
        var y = scores.Where((_, i) => Labels[i] == 0).ToArray();
        static double Psi(double p, double n) => p > n ? 1 : p == n ? 0.5 : 0;
        return ([.. x.Select(xi => y.Average(yj => Psi(xi, yj)))], [.. y.Select(yj => x.Average(xi => Psi(xi, yj)))]);
    }

    private static double Variance(double[] a, double[] b)
    {
        var (ma, mb) = (a.Average(), b.Average());
        return a.Select((v, i) => (v - ma) * (b[i] - mb)).Sum() / (a.Length - 1);
    }
}
