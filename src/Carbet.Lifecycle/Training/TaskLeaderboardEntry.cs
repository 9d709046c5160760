using System.Collections.Immutable;

namespace Carbet.Lifecycle.Training;

/// <summary>One family's line of a multiclass or regression leaderboard.</summary>
/// <param name="Rank">1 for the chosen family.</param>
/// <param name="Family">The family's name.</param>
/// <param name="RunId">The family's child run.</param>
/// <param name="CvMean">The mean over the cross-validation folds of the score the rule ranks by: macro-F1 or RMSE.</param>
/// <param name="CvStd">The population standard deviation of that score over the folds.</param>
/// <param name="Metrics">Every metric of the child run: <c>test_macro_f1</c>, <c>test_accuracy</c>, <c>test_log_loss</c>, ...
/// for multiclass; <c>test_rmse</c>, <c>test_mae</c>, <c>test_r2</c>, ... for regression.</param>
/// <param name="CvFitTime">The mean fit time over the folds: the "faster" of the selection rule.</param>
/// <param name="FitTime">The time of the fit on the training rows.</param>
/// <param name="InferencePerRow">The scoring time per test row.</param>
public sealed record TaskLeaderboardEntry(
    int Rank,
    string Family,
    string RunId,
    double CvMean,
    double CvStd,
    ImmutableSortedDictionary<string, double> Metrics,
    TimeSpan CvFitTime,
    TimeSpan FitTime,
    TimeSpan InferencePerRow)
{
    /// <value>The energy of the family's cross-validation and fit, in watt-hours. The default is null: not measured.</value>
    public double? EnergyWh { get; init; }

    /// <value>That energy in grams of CO2e on the project's grid. The default is null.</value>
    public double? Co2eGrams { get; init; }

    /// <value>How the energy was obtained: <c>rapl</c> (measured) or <c>cpu-time-estimate</c>. The default is null.</value>
    public string? EnergyMethod { get; init; }

    /// <value>Whether a tuning study chose the family's values. The default is false: the family's defaults.</value>
    public bool Tuned { get; init; }

    /// <summary>The family's name, marked when tuned, e.g. <c>lightgbm (tuned)</c>.</summary>
    public string Label => Tuned ? $"{Family} (tuned)" : Family;

    /// <summary>The metric called <paramref name="name"/>, or NaN when the family has none.</summary>
    public double Metric(string name) => Metrics.TryGetValue(name, out var value) ? value : double.NaN;
}
