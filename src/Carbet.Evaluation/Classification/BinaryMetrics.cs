using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Classification;

/// <summary>Computes every binary-classification metric from one model's scores and the true labels, with one sort.</summary>
public static class BinaryMetrics
{
    /// <summary>Evaluates scores against 0/1 labels.</summary>
    /// <param name="scores">One score per row; higher means more likely positive.</param>
    /// <param name="labels">One label per row, 1 for the positive class and 0 otherwise.</param>
    /// <param name="options">The threshold, bins and whether scores are probabilities.</param>
    /// <returns>The curves, AUC with its DeLong interval, probability metrics and threshold metrics.</returns>
    /// <exception cref="UserErrorException">The inputs are empty or differ in length, a score is not finite (or, for
    /// probabilities, not in [0, 1]), a label is not 0/1, or only one class is present.</exception>
    public static BinaryEvaluation Compute(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, BinaryMetricsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckOptions(options);
        var (positives, negatives) = BinaryInput.Validate(scores, labels);
        if (options.ScoresAreProbabilities)
            BinaryInput.CheckProbabilities(scores, "Pass predicted probabilities, or set ScoresAreProbabilities = false for raw scores.");
        var ranked = RankedScores.Sort(scores, labels);
        var curves = Curves.Compute(ranked, positives, negatives);
        var delong = positives >= 2 && negatives >= 2
            ? DeLong.Interval(Placements.Compute(ranked, labels, positives, negatives))
            : null;
        var probabilities = options.ScoresAreProbabilities;
        return new BinaryEvaluation(
            positives,
            negatives,
            curves.Roc,
            curves.Auc,
            delong,
            curves.PrecisionRecall,
            curves.AveragePrecision,
            probabilities ? ProbabilityScores.LogLoss(scores, labels) : null,
            probabilities ? ProbabilityScores.Brier(scores, labels) : null,
            curves.Ks,
            AtThreshold(scores, labels, options.Threshold),
            probabilities ? ProbabilityScores.Calibration(scores, labels, options.CalibrationBins) : [],
            Gains.Compute(ranked, positives, options.GainGroups));
    }

    internal static ThresholdMetrics AtThreshold(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, double threshold)
    {
        long tn = 0, fp = 0, fn = 0, tp = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var predicted = scores[i] >= threshold;
            if (labels[i] == 1)
                _ = predicted ? tp++ : fn++;
            else
                _ = predicted ? fp++ : tn++;
        }
        return ThresholdMetrics.From(threshold, new ConfusionCounts(tn, fp, fn, tp));
    }

    private static void CheckOptions(BinaryMetricsOptions options)
    {
        if (!double.IsFinite(options.Threshold))
            throw new UserErrorException("The decision threshold is not a finite number.", "Set the threshold to a score such as 0.5.");
        if (options.CalibrationBins < 1 || options.GainGroups < 1)
        {
            throw new UserErrorException(
                string.Create(CultureInfo.InvariantCulture, $"Calibration bins ({options.CalibrationBins}) and gain groups ({options.GainGroups}) must be at least 1."),
                "Use 10 for both, the defaults.");
        }
    }
}
