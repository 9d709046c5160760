using System.Collections.Immutable;
using System.Globalization;

using Carbet.Evaluation.Classification;

namespace Carbet.Lifecycle.Training;

/// <summary>DeLong's paired test of the best two families in words.</summary>
internal static class PairedText
{
    public static string Sentence(ImmutableArray<LeaderboardEntry> leaderboard, PairedAucTest? paired)
    {
        if (paired is null || leaderboard.Length < 2)
            return "Only one family was trained, so there is no paired comparison.";
        var verdict = paired.PValue < 0.05 ? "a significant difference at the 5% level" : "no significant difference at the 5% level";
        return string.Create(CultureInfo.InvariantCulture,
            $"On the same test rows, {leaderboard[0].Family} minus {leaderboard[1].Family} AUC is {paired.Difference:+0.0000;-0.0000;0.0000} (DeLong paired test, p = {paired.PValue:0.0000}): {verdict}.");
    }
}
