namespace Carbet.Evaluation.Classification;

/// <summary>The binary confusion matrix [[TN, FP], [FN, TP]]: rows are the true class, columns the prediction.</summary>
/// <param name="TrueNegatives">Label 0, predicted 0.</param>
/// <param name="FalsePositives">Label 0, predicted 1.</param>
/// <param name="FalseNegatives">Label 1, predicted 0.</param>
/// <param name="TruePositives">Label 1, predicted 1.</param>
public sealed record ConfusionCounts(long TrueNegatives, long FalsePositives, long FalseNegatives, long TruePositives)
{
    /// <summary>The number of rows.</summary>
    public long Total => TrueNegatives + FalsePositives + FalseNegatives + TruePositives;
}
