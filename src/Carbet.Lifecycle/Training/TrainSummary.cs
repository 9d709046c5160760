using System.Collections.Immutable;

using Carbet.Evaluation.Classification;
using Carbet.Modeling.Energy;
using Carbet.Modeling.Explanation;

namespace Carbet.Lifecycle.Training;

/// <summary>What <c>carbet train</c> produced: the leaderboard, the comparison of the best two and the registered version.</summary>
/// <param name="RunId">The parent <c>train</c> run; each family has a child run.</param>
/// <param name="Rule">The selection rule, recorded before any test score.</param>
/// <param name="Leaderboard">The families, best first by <paramref name="Rule"/>.</param>
/// <param name="Paired">DeLong's paired test of the best two on the same test rows; null with one family.</param>
/// <param name="Threshold">The winner's decision threshold, from the project's costs or else Youden's J.</param>
/// <param name="Version">The new version of <paramref name="Model"/>.</param>
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
    /// <value>The winner's permutation importance on the test rows. The default is null: not computed.</value>
    public PermutationImportanceResult? Importance { get; init; }

    /// <value><c>exported</c> when <c>model/model.onnx</c> was logged, else <c>unsupported: </c> and the reason. The default is "not attempted".</value>
    public string OnnxStatus { get; init; } = "not attempted";

    /// <value>The grid whose intensity converted energy to CO2e. The default is the world average.</value>
    public GridIntensity Grid { get; init; } = GridIntensity.World;

    /// <value>The tuning study of the family ranked first at its defaults. The default is null: tuning was off.</value>
    public Lifecycle.Tuning.TuningOutcome? Tuning { get; init; }

    /// <value>The alias pointed at the new version: <c>challenger</c>, or <c>champion</c> when the model had none.</value>
    public Tracking.Registry.AliasChange? Alias { get; init; }

    /// <summary>What tuning did in one sentence; null when it was off.</summary>
    public string? TuningSentence => Tuning is not { } t ? null : Lifecycle.Tuning.TuningText.Sentence(t);

    /// <summary>The chosen family's line.</summary>
    public LeaderboardEntry Winner => Leaderboard[0];

    /// <summary>The paired test in one sentence, or why there is none.</summary>
    public string PairedSentence => PairedText.Sentence(Leaderboard, Paired);
}
