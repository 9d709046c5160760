using System.Collections.Immutable;

using Carbet.Evaluation.Classification;

namespace Carbet.Lifecycle.Training;

/// <summary>What <c>carbet train</c> produced: the leaderboard, the comparison of the best two and the registered version.</summary>
/// <param name="RunId">The parent <c>train</c> run; each family has a child run.</param>
/// <param name="Rule">The selection rule, recorded before any test score.</param>
/// <param name="Leaderboard">The families, best first by <paramref name="Rule"/>.</param>
/// <param name="Paired">DeLong's paired test of the best two on the same test rows; null with one family.</param>
/// <param name="Threshold">The winner's decision threshold, from the project's costs or else Youden's J.</param>
/// <param name="Version">The new version of <paramref name="Model"/>; no alias was moved.</param>
public sealed record TrainSummary(
    string RunId,
    string Rule,
    ImmutableArray<LeaderboardEntry> Leaderboard,
    PairedAucTest? Paired,
    ThresholdChoice Threshold,
    string Model,
    int Version,
    string DatasetVersionId,
    long TrainRows,
    long TestRows)
{
    /// <summary>The chosen family's line.</summary>
    public LeaderboardEntry Winner => Leaderboard[0];

    /// <summary>The paired test in one sentence, or why there is none.</summary>
    public string PairedSentence => PairedText.Sentence(Leaderboard, Paired);
}
