using System.Collections.Immutable;

using Carbet.Modeling.Families;

namespace Carbet.Lifecycle.Training;

/// <summary>How the families are ranked: from cross-validation alone, so the test rows cannot sway the choice.</summary>
/// <remarks>The tie is the one-standard-error rule (Breiman et al. 1984; Hastie, Tibshirani and Friedman, ESL §7.10) applied
/// to paired folds: every family is scored on the same folds, so the per-fold differences with the best family say how
/// much of its lead is noise. A fixed margin would call a real gain of tuning a tie on large data and a coin flip a win
/// on small data.</remarks>
internal static class SelectionRule
{
    public const string Text = "highest mean cross-validated AUC; " + PairedTie.Text;

    /// <summary>Best first. Repeatedly takes, among the families tied with the best remaining one, the one with the
    /// shortest mean fold fit time.</summary>
    public static ImmutableArray<CrossValidationResult> Rank(IEnumerable<CrossValidationResult> results)
    {
        var remaining = results.OrderByDescending(r => r.MeanAuc).ThenBy(r => r.Family, StringComparer.Ordinal).ToList();
        var ranked = ImmutableArray.CreateBuilder<CrossValidationResult>(remaining.Count);
        while (remaining.Count > 0)
        {
            var best = remaining[0];
            var pick = remaining.Where(r => Tied(best, r)).MinBy(MeanFitSeconds)!;
            ranked.Add(pick);
            remaining.Remove(pick);
        }
        return ranked.MoveToImmutable();
    }

    /// <summary>Whether <paramref name="other"/>'s mean AUC is within one standard error of the paired fold differences
    /// below <paramref name="best"/>'s; results on different folds never tie.</summary>
    public static bool Tied(CrossValidationResult best, CrossValidationResult other)
    {
        ArgumentNullException.ThrowIfNull(best);
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(best, other))
            return true;
        return PairedTie.Within([.. best.Folds.Select(f => f.Auc)], [.. other.Folds.Select(f => f.Auc)], lowerIsBetter: false);
    }

    public static double MeanFitSeconds(CrossValidationResult result) => result.Folds.Average(f => f.FitTime.TotalSeconds);
}
