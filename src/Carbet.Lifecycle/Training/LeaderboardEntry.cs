namespace Carbet.Lifecycle.Training;

/// <summary>One family's line of the leaderboard.</summary>
/// <param name="Rank">1 for the chosen family.</param>
/// <param name="RunId">The family's child run.</param>
/// <param name="CvAucMean">The mean AUC over the cross-validation folds of the training rows.</param>
/// <param name="CvAucStd">The standard deviation of the folds' AUC.</param>
/// <param name="TestAuc">The AUC on the test rows of a fit on every training row.</param>
/// <param name="TestAucLower">The lower end of DeLong's 95% interval; null with fewer than two rows of a class.</param>
/// <param name="TestAucUpper">The upper end of DeLong's 95% interval.</param>
/// <param name="CvFitTime">The mean fit time over the cross-validation folds: the "faster" of the selection rule.</param>
/// <param name="FitTime">The time of the fit on the training rows.</param>
/// <param name="InferencePerRow">The scoring time per test row.</param>
public sealed record LeaderboardEntry(
    int Rank,
    string Family,
    string RunId,
    double CvAucMean,
    double CvAucStd,
    double TestAuc,
    double? TestAucLower,
    double? TestAucUpper,
    double AveragePrecision,
    double? LogLoss,
    double? Brier,
    double Ks,
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

    /// <value>Whether a tuning study chose this family's values. The default is false: its defaults.</value>
    public bool Tuned { get; init; }

    /// <summary>The family's name, marked when tuned, e.g. <c>lightgbm (tuned)</c>.</summary>
    public string Label => Tuned ? $"{Family} (tuned)" : Family;
}
