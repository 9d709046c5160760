namespace Carbet.Data.DemoWorld;

/// <summary>Draws from the distributions the demo world needs, on a caller's seeded <see cref="Random"/>.</summary>
internal static class Sampling
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A standard normal draw (Box-Muller).</summary>
    public static double Normal(this Random random)
    {
        // 1 - u keeps the logarithm away from zero
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A triangular draw on [low, high] with its mode at <paramref name="mode"/>.</summary>
    public static double Triangular(this Random random, double low, double mode, double high)
    {
        var u = random.NextDouble();
        var cut = (mode - low) / (high - low);
        return u < cut
            ? low + Math.Sqrt(u * (high - low) * (mode - low))
            : high - Math.Sqrt((1 - u) * (high - low) * (high - mode));
    }

    /// <summary>A Poisson draw (Knuth's product of uniforms; fine for the small means used here).</summary>
    public static int Poisson(this Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }
        return count;
    }

    public static double Logistic(double logit) => 1.0 / (1.0 + Math.Exp(-logit));
}
