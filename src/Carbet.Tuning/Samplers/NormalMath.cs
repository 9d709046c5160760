namespace Carbet.Tuning.Samplers;

/// <summary>The standard normal distribution: error function, CDF and draws.</summary>
internal static class NormalMath
{
    private static readonly double TwoOverSqrtPi = 2.0 / Math.Sqrt(Math.PI);

    public static double Erf(double x) => x switch
    {
        double.NaN => double.NaN,
        < 0 => -Erf(-x),
        < 3 => ErfSeries(x),
        _ => 1 - Erfc(x),
    };

    /// <summary>1 - erf(x), accurate in the upper tail where 1 - erf would cancel.</summary>
    public static double Erfc(double x) => x < 3 ? 1 - Erf(x) : ErfcContinuedFraction(x);

    /// <summary>P(a &lt; Z &lt; b) for a standard normal Z, keeping precision in both tails.</summary>
    public static double Probability(double a, double b)
    {
        const double invSqrt2 = 0.70710678118654752440;
        if (a >= 0)
            return 0.5 * (Erfc(a * invSqrt2) - Erfc(b * invSqrt2));
        if (b <= 0)
            return 0.5 * (Erfc(-b * invSqrt2) - Erfc(-a * invSqrt2));
        return 0.5 * (Erf(b * invSqrt2) - Erf(a * invSqrt2));
    }

    /// <summary>A draw of mean <paramref name="mu"/>, deviation <paramref name="sigma"/>, kept only inside [low, high).</summary>
    /// <remarks>Rejection is exact; the mean lies in the interval and sigma is at most its width, so at least
    /// about a third of draws are kept.</remarks>
    public static double TruncatedDraw(Random random, double mu, double sigma, double low, double high)
    {
        if (high <= low)
            return low;
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var x = mu + (sigma * StandardDraw(random));
            if (x >= low && x < high)
                return x;
        }
        return Math.Clamp(mu, low, Math.BitDecrement(high));
    }

    private static double StandardDraw(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static double ErfSeries(double x)
    {
        var (sum, term, x2) = (x, x, x * x);
        for (var n = 1; n < 200; n++)
        {
            term *= -x2 / n;
            var add = term / ((2 * n) + 1);
            sum += add;
            if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
                break;
        }
        return TwoOverSqrtPi * sum;
    }

    // Lentz's method on erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))).
    private static double ErfcContinuedFraction(double x)
    {
        const double tiny = 1e-300;
        var f = x;
        var c = x;
        var d = 0.0;
        for (var n = 1; n < 500; n++)
        {
            var a = n / 2.0;
            d = x + (a * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = x + (a / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
                break;
        }
        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / f;
    }
}
