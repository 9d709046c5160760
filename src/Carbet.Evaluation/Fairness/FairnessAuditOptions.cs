namespace Carbet.Evaluation.Fairness;

/// <summary>Settings of a fairness audit: bootstrap intervals, the sizes below which nothing is concluded, and calibration bins.</summary>
public sealed record FairnessAuditOptions
{
    /// <summary>The number of bootstrap resamples behind each interval; 0 computes no intervals.</summary>
    /// <value>The default is 1000.</value>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>The seed of the bootstrap, so that the same inputs give the same intervals on any machine.</summary>
    /// <value>The default is 42.</value>
    public int Seed { get; init; } = 42;

    /// <summary>The coverage of the percentile intervals, strictly between 0 and 1.</summary>
    /// <value>The default is 0.95.</value>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Groups with fewer rows are reported with a "too small to conclude" warning, not a verdict.</summary>
    /// <value>The default is 30.</value>
    public int MinimumGroupSize { get; init; } = 30;

    /// <summary>A group with fewer positives (or negatives) has its TPR (or FPR) flagged as not concluded.</summary>
    /// <value>The default is 10.</value>
    public int MinimumClassCount { get; init; } = 10;

    /// <summary>A demographic parity ratio below this raises the four-fifths flag (a flag, not a verdict).</summary>
    /// <value>The default is 0.8.</value>
    public double FourFifths { get; init; } = 0.8;

    /// <summary>The number of equal-width bins on [0, 1] of each group's calibration curve.</summary>
    /// <value>The default is 10.</value>
    public int CalibrationBins { get; init; } = 10;
}
