using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Lifecycle.Training;

/// <summary>How multiclass and regression families are ranked: from cross-validation alone, so the test rows cannot sway the choice.</summary>
internal static class TaskSelectionRule
{
    public static string Text(TaskKind task) => task == TaskKind.Regression
        ? "lowest mean cross-validated RMSE; " + PairedTie.Text
        : "highest mean cross-validated macro-F1; " + PairedTie.Text;

    /// <summary>The name of the cross-validated score the rule ranks by.</summary>
    public static string Metric(TaskKind task) => task == TaskKind.Regression ? "RMSE" : "macro-F1";

    /// <summary>Best first. Repeatedly takes, among the families tied with the best remaining mean score, the one with the
    /// shortest mean fold fit time.</summary>
    public static ImmutableArray<TaskOutcome> Rank(TaskKind task, IEnumerable<TaskOutcome> outcomes)
    {
        var lower = task == TaskKind.Regression;
        var remaining = (lower ? outcomes.OrderBy(o => o.CvMean) : outcomes.OrderByDescending(o => o.CvMean)).ThenBy(o => o.Family, StringComparer.Ordinal).ToList();
        var ranked = ImmutableArray.CreateBuilder<TaskOutcome>(remaining.Count);
        while (remaining.Count > 0)
        {
            var best = remaining[0];
            var tied = remaining.Where(o => o == best || PairedTie.Within(best.FoldScores, o.FoldScores, lower));
            var pick = tied.MinBy(o => o.Cv.MeanFitTime)!;
            ranked.Add(pick);
            remaining.Remove(pick);
        }
        return ranked.MoveToImmutable();
    }
}
