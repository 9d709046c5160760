namespace Carbet.Evaluation.Classification;

/// <summary>The standard normal distribution, for DeLong intervals and tests.</summary>
internal static class Normal
{
    /// <summary>Φ⁻¹(0.975), the two-sided 95% critical value.</summary>
    public const double Z975 = 1.959963984540054;

    public static double TwoSidedPValue(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>The complementary error function for x ≥ 0.</summary>
    public static double Erfc(double x)
    {
        if (double.IsPositiveInfinity(x))
            return 0;
        if (x < 2.5)
        {
            // erf = 2/√π·e^(−x²)·Σ (2x²)ⁿ·x/(1·3·…·(2n+1)): all terms positive, so no cancellation
            double term = x, sum = x;
            for (var n = 1; n < 200 && term > 1e-17 * sum; n++)
            {
                term *= 2 * x * x / ((2 * n) + 1);
                sum += term;
            }
            return 1 - (2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x) * sum);
        }
        // Laplace's continued fraction: erfc = e^(−x²)/√π / (x + ½/(x + 1/(x + 3/2/(x + …))))
        var t = x;
        for (var k = 300; k >= 1; k--)
            t = x + (k / 2.0 / t);
        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / t;
    }
}
