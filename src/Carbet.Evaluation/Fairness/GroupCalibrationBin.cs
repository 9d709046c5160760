namespace Carbet.Evaluation.Fairness;

/// <summary>One non-empty bin of a group's calibration curve.</summary>
/// <param name="Low">The bin's lower edge (exclusive, except 0 for the first bin).</param>
/// <param name="High">The bin's upper edge (inclusive).</param>
/// <param name="Count">The group's rows in the bin.</param>
/// <param name="MeanScore">The mean score of those rows.</param>
/// <param name="ObservedRate">The share of those rows labelled 1.</param>
public sealed record GroupCalibrationBin(double Low, double High, long Count, double MeanScore, double ObservedRate);
