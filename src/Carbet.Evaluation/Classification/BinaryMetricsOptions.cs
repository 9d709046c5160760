namespace Carbet.Evaluation.Classification;

/// <summary>Settings for <see cref="BinaryMetrics.Compute"/>.</summary>
public sealed record BinaryMetricsOptions
{
    /// <summary>The score at or above which a row is predicted positive, for the threshold metrics.</summary>
    /// <value>The default is 0.5.</value>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Whether the scores are probabilities in [0, 1]; log loss, Brier and calibration need them.</summary>
    /// <value>The default is <see langword="true"/>; with <see langword="false"/> those three are left out.</value>
    public bool ScoresAreProbabilities { get; init; } = true;

    /// <summary>The number of equal-width bins on [0, 1] of the calibration curve.</summary>
    /// <value>The default is 10.</value>
    public int CalibrationBins { get; init; } = 10;

    /// <summary>The number of equal-size groups, by descending score, of the lift and gain table.</summary>
    /// <value>The default is 10 (deciles).</value>
    public int GainGroups { get; init; } = 10;
}
