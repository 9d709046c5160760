namespace Carbet.Evaluation.Classification;

/// <summary>One bin of the calibration (reliability) curve.</summary>
/// <param name="Lower">The bin's lower edge (exclusive, except 0 for the first bin; scikit-learn puts a score on an edge in the bin below).</param>
/// <param name="Upper">The bin's upper edge (inclusive).</param>
/// <param name="MeanPredicted">The mean score of the bin's rows.</param>
/// <param name="ObservedRate">The share of the bin's rows labelled 1.</param>
/// <param name="Count">The number of rows in the bin.</param>
public sealed record CalibrationBin(double Lower, double Upper, double MeanPredicted, double ObservedRate, int Count);
