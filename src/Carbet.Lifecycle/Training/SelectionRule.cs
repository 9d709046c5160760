using System.Collections.Immutable;

using Carbet.Modeling.Families;

namespace Carbet.Lifecycle.Training;

/// <summary>How the families are ranked: from cross-validation alone, so the test rows cannot sway the choice.</summary>
internal static class SelectionRule
{
    public const double TieMargin = 0.002;

    public const string Text = "highest mean cross-validated AUC; ties within 0.002 go to the faster family";

    /// <summary>Best first. Repeatedly takes, among the families within <see cref="TieMargin"/> of the best remaining mean AUC,
    /// the one with the shortest mean fold fit time.</summary>
    public static ImmutableArray<CrossValidationResult> Rank(IEnumerable<CrossValidationResult> results)
    {
        var remaining = results.OrderByDescending(r => r.MeanAuc).ThenBy(r => r.Family, StringComparer.Ordinal).ToList();
        var ranked = ImmutableArray.CreateBuilder<CrossValidationResult>(remaining.Count);
        while (remaining.Count > 0)
        {
            var top = remaining[0].MeanAuc;
            var pick = remaining.Where(r => r.MeanAuc >= top - TieMargin).MinBy(MeanFitSeconds)!;
            ranked.Add(pick);
            remaining.Remove(pick);
        }
        return ranked.MoveToImmutable();
    }

    public static double MeanFitSeconds(CrossValidationResult result) => result.Folds.Average(f => f.FitTime.TotalSeconds);
}
