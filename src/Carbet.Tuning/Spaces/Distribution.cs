using System.Collections.Immutable;

namespace Carbet.Tuning.Spaces;

/// <summary>The values one hyperparameter may take. Values are <see cref="double"/>; a categorical's value is its choice's index.</summary>
/// <param name="Kind">How values are spread.</param>
/// <param name="Low">The smallest value; 0 for a categorical.</param>
/// <param name="High">The largest value; the last index for a categorical.</param>
/// <param name="Step">The spacing of values from <paramref name="Low"/> (1 for an int), or null for any real.</param>
/// <param name="Choices">The labels of a categorical's indices; empty otherwise.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Factories named after DistributionKind.")]
public sealed record Distribution(DistributionKind Kind, double Low, double High, double? Step, ImmutableArray<string> Choices)
{
    /// <summary>Whole numbers from <paramref name="low"/> to <paramref name="high"/>, every <paramref name="step"/>.</summary>
    public static Distribution Int(int low, int high, int step = 1) => new(DistributionKind.Int, low, high, step, []);

    /// <summary>Real numbers from <paramref name="low"/> to <paramref name="high"/>, every <paramref name="step"/> when given.</summary>
    public static Distribution Float(double low, double high, double? step = null) => new(DistributionKind.Float, low, high, step, []);

    /// <summary>Positive real numbers from <paramref name="low"/> to <paramref name="high"/>, searched on a log scale.</summary>
    public static Distribution LogFloat(double low, double high) => new(DistributionKind.LogFloat, low, high, null, []);

    /// <summary>Whole numbers from <paramref name="low"/> (at least 1) to <paramref name="high"/>, searched on a log scale: as
    /// many draws go from 10 to 100 as from 100 to 1,000.</summary>
    public static Distribution LogInt(int low, int high) => new(DistributionKind.LogInt, low, high, 1, []);

    /// <summary>The bounds a log-scale sampler draws between, on the log scale: each whole number owns the half-unit either
    /// side of it, so the end values are as likely as their neighbours' share of the scale.</summary>
    internal (double Low, double High) LogBounds() =>
        Kind == DistributionKind.LogInt ? (Math.Log(Low - 0.5), Math.Log(High + 0.5)) : (Math.Log(Low), Math.Log(High));

    /// <summary>The value at <paramref name="logValue"/> on the log scale, in range (and whole, for a log-scale int).</summary>
    internal double FromLog(double logValue) =>
        Kind == DistributionKind.LogInt ? Snap(Math.Exp(logValue)) : Math.Clamp(Math.Exp(logValue), Low, High);

    /// <summary>Whether values are searched on a log scale.</summary>
    public bool IsLog => Kind is DistributionKind.LogFloat or DistributionKind.LogInt;

    /// <summary>One of <paramref name="choices"/>; the value is the index of the choice.</summary>
    public static Distribution Categorical(params string[] choices) =>
        new(DistributionKind.Categorical, 0, Math.Max(choices.Length - 1, 0), null, [.. choices]);

    /// <summary>Whether <paramref name="value"/> is one this distribution can give (in range, and on a step when stepped).</summary>
    public bool Contains(double value)
    {
        if (double.IsNaN(value) || value < Low || value > High)
            return false;
        return Step is not { } step || IsOnGrid(value, step);
    }

    /// <summary>The nearest value this distribution can give to <paramref name="value"/>.</summary>
    public double Snap(double value)
    {
        var clipped = Math.Clamp(value, Low, High);
        if (Kind == DistributionKind.Categorical)
            return Math.Round(clipped);
        if (Step is not { } step)
            return clipped;
        return Math.Min(Low + (Math.Round((clipped - Low) / step) * step), High);
    }

    private bool IsOnGrid(double value, double step)
    {
        var steps = (value - Low) / step;
        return Math.Abs(steps - Math.Round(steps)) < 1e-8;
    }
}
