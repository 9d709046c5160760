using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Modeling.Explanation;

namespace Carbet.Lifecycle.Training;

/// <summary>What <c>carbet train</c> produced for a multiclass or regression project: the leaderboard and the registered version.</summary>
/// <param name="RunId">The parent <c>train</c> run; each family has a child run.</param>
/// <param name="Task">Multiclass or regression.</param>
/// <param name="Rule">The selection rule, recorded before any test score.</param>
/// <param name="CvMetric">The cross-validated score the rule ranks by: <c>macro-F1</c> or <c>RMSE</c>.</param>
/// <param name="Leaderboard">The families, best first by <paramref name="Rule"/>.</param>
/// <param name="Model">The registered model's name: the project's.</param>
/// <param name="Version">The new version of <paramref name="Model"/>.</param>
/// <param name="DatasetVersionId">The prepared dataset version trained on.</param>
/// <param name="TrainRows">The training rows (train and validation of the prepared split).</param>
/// <param name="TestRows">The test rows, which only scored.</param>
public sealed record TaskTrainSummary(
    string RunId,
    TaskKind Task,
    string Rule,
    string CvMetric,
    ImmutableArray<TaskLeaderboardEntry> Leaderboard,
    string Model,
    int Version,
    string DatasetVersionId,
    long TrainRows,
    long TestRows)
{
    /// <value>The class labels of a multiclass target, in class-index order. The default is empty (regression).</value>
    public ImmutableArray<string> Classes { get; init; } = [];

    /// <value>Permutation importance of the winner's input columns on the test rows: macro-F1 drop for multiclass, RMSE rise
    /// for regression. The default is null.</value>
    public PermutationImportanceResult? Importance { get; init; }

    /// <value>The winner's ONNX export: <c>exported</c> (checked against ML.NET to within 1e-4), or <c>unsupported: </c> and
    /// the reason. The default is empty.</value>
    public string OnnxStatus { get; init; } = "";

    /// <value>The alias pointed at the new version: <c>challenger</c>, or <c>champion</c> when the model had none.</value>
    public Tracking.Registry.AliasChange? Alias { get; init; }

    /// <value>The study that tuned the best family at its defaults; null when tuning was off.</value>
    public Lifecycle.Tuning.TuningOutcome? Tuning { get; init; }

    /// <summary>The study in one sentence, or null when tuning was off.</summary>
    public string? TuningSentence => Tuning is not { } t ? null : Lifecycle.Tuning.TuningText.Sentence(t);

    /// <summary>The chosen family's line.</summary>
    public TaskLeaderboardEntry Winner => Leaderboard[0];
}
