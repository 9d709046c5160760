namespace Carbet.Evaluation.Classification;

/// <summary>Metrics of the hard predictions score ≥ threshold. A rate whose denominator is 0 is 0, as scikit-learn's default.</summary>
/// <param name="Threshold">The threshold used.</param>
/// <param name="Confusion">The confusion counts.</param>
/// <param name="Accuracy">(TP + TN)/n.</param>
/// <param name="Precision">TP/(TP + FP).</param>
/// <param name="Recall">TP/(TP + FN).</param>
/// <param name="F1">2TP/(2TP + FP + FN).</param>
/// <param name="Specificity">TN/(TN + FP).</param>
public sealed record ThresholdMetrics(
    double Threshold, ConfusionCounts Confusion, double Accuracy, double Precision, double Recall, double F1, double Specificity)
{
    internal static ThresholdMetrics From(double threshold, ConfusionCounts c)
    {
        static double Ratio(long a, long b) => b == 0 ? 0 : (double)a / b;
        return new ThresholdMetrics(
            threshold,
            c,
            Ratio(c.TruePositives + c.TrueNegatives, c.Total),
            Ratio(c.TruePositives, c.TruePositives + c.FalsePositives),
            Ratio(c.TruePositives, c.TruePositives + c.FalseNegatives),
            Ratio(2 * c.TruePositives, (2 * c.TruePositives) + c.FalsePositives + c.FalseNegatives),
            Ratio(c.TrueNegatives, c.TrueNegatives + c.FalsePositives));
    }
}
