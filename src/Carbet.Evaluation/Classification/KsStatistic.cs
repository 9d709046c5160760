namespace Carbet.Evaluation.Classification;

/// <summary>The Kolmogorov–Smirnov separation max(TPR − FPR), at the first ROC point (descending threshold) reaching it.</summary>
/// <param name="Statistic">The largest TPR − FPR.</param>
/// <param name="Threshold">The threshold of that point.</param>
/// <param name="TruePositiveRate">The TPR of that point.</param>
/// <param name="FalsePositiveRate">The FPR of that point.</param>
public sealed record KsStatistic(double Statistic, double Threshold, double TruePositiveRate, double FalsePositiveRate);
