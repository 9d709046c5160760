namespace Carbet.Lifecycle.Training;

/// <summary>The one-standard-error rule (Breiman et al. 1984; Hastie, Tibshirani and Friedman, ESL §7.10) on paired folds:
/// two families scored on the same folds are tied when the mean of their per-fold differences is at most its standard error.</summary>
internal static class PairedTie
{
    /// <summary>Whether <paramref name="other"/> is tied with <paramref name="best"/>, fold by fold; scores on different
    /// numbers of folds, or on fewer than two, never tie.</summary>
    /// <param name="lowerIsBetter">True for errors such as RMSE, false for scores such as AUC.</param>
    public static bool Within(IReadOnlyList<double> best, IReadOnlyList<double> other, bool lowerIsBetter)
    {
        ArgumentNullException.ThrowIfNull(best);
        ArgumentNullException.ThrowIfNull(other);
        if (best.Count != other.Count || best.Count < 2)
            return false;
        var gaps = best.Zip(other, (b, o) => lowerIsBetter ? o - b : b - o).ToArray();
        var mean = gaps.Average();
        var variance = gaps.Sum(d => (d - mean) * (d - mean)) / (gaps.Length - 1);
        return mean <= Math.Sqrt(variance / gaps.Length);
    }

    /// <summary>How the rule reads in a selection rule's text.</summary>
    public const string Text = "a family whose mean is within one standard error of its paired fold differences with the best is tied with it, and ties go to the faster family";
}
