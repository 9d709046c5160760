using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Classification;

/// <summary>Chooses a decision threshold among the ROC points of an evaluation; on a tie the highest threshold wins.</summary>
/// <param name="evaluation">The evaluation whose ROC curve holds the candidate thresholds.</param>
public sealed class ThresholdChooser(BinaryEvaluation evaluation)
{
    private readonly BinaryEvaluation _evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));

    /// <summary>The threshold with the least total cost, FN·costFalseNegative + FP·costFalsePositive.</summary>
    /// <param name="falseNegativeCost">The cost of missing one positive.</param>
    /// <param name="falsePositiveCost">The cost of flagging one negative.</param>
    /// <returns>The threshold and the sentence explaining it.</returns>
    /// <exception cref="UserErrorException">A cost is negative or not finite, or both are 0.</exception>
    public ThresholdChoice MinimumExpectedCost(double falseNegativeCost, double falsePositiveCost)
    {
        if (!(falseNegativeCost >= 0 && falsePositiveCost >= 0) || !double.IsFinite(falseNegativeCost + falsePositiveCost)
            || falseNegativeCost + falsePositiveCost == 0)
        {
            throw new UserErrorException(
                Invariant($"Costs {falseNegativeCost} (false negative) and {falsePositiveCost} (false positive) are not usable."),
                "Give two finite, non-negative costs, at least one of them above 0.");
        }
        var (p, n) = (_evaluation.Positives, _evaluation.Negatives);
        var best = Best(k => -((falseNegativeCost * FalseNegatives(k)) + (falsePositiveCost * FalsePositives(k))));
        var cost = (falseNegativeCost * FalseNegatives(best)) + (falsePositiveCost * FalsePositives(best));
        return Choice(best, ThresholdRule.MinimumExpectedCost, Invariant(
            $"Threshold {Threshold(best):G6} gives the least expected cost, {cost / (p + n):G4} per row, when a missed positive costs {falseNegativeCost:G4} and a false alarm {falsePositiveCost:G4}: {FalseNegatives(best):0} false negatives and {FalsePositives(best):0} false positives on {p + n} rows."));
    }

    /// <summary>The highest threshold whose recall reaches <paramref name="target"/>.</summary>
    /// <param name="target">The recall wanted, in (0, 1].</param>
    /// <returns>The threshold and the sentence explaining it.</returns>
    /// <exception cref="UserErrorException">The target is not in (0, 1].</exception>
    public ThresholdChoice ForRecall(double target)
    {
        if (!(target is > 0 and <= 1))
            throw new UserErrorException(Invariant($"Target recall {target} is not in (0, 1]."), "Give a recall such as 0.8.");
        var tpr = _evaluation.Roc.TruePositiveRates;
        var k = 0;
        while (tpr[k] < target)
            k++;
        return Choice(k, ThresholdRule.TargetRecall, Invariant(
            $"Threshold {Threshold(k):G6} is the highest that finds at least {target:P1} of the positives: recall {tpr[k]:P1}, with {_evaluation.Roc.FalsePositiveRates[k]:P1} of the negatives flagged."));
    }

    /// <summary>A threshold the user fixed, with the rates it gives.</summary>
    /// <param name="threshold">Rows scoring at or above it are predicted positive.</param>
    /// <returns>The threshold and the sentence explaining it.</returns>
    /// <exception cref="UserErrorException">The threshold is not a finite number.</exception>
    public ThresholdChoice Fixed(double threshold)
    {
        if (!double.IsFinite(threshold))
            throw new UserErrorException("The decision threshold is not a finite number.", "Set the threshold to a score such as 0.5.");
        var thresholds = _evaluation.Roc.Thresholds;
        var k = 0;
        while (k + 1 < thresholds.Length && thresholds[k + 1] >= threshold)
            k++;
        var roc = _evaluation.Roc;
        return new ThresholdChoice(threshold, ThresholdRule.Fixed, roc.TruePositiveRates[k], roc.FalsePositiveRates[k], Invariant(
            $"Threshold {threshold:G6} was set by hand: recall {roc.TruePositiveRates[k]:P1}, with {roc.FalsePositiveRates[k]:P1} of the negatives flagged."));
    }

    /// <summary>The threshold maximising Youden's J = TPR − FPR (the Kolmogorov–Smirnov point).</summary>
    /// <returns>The threshold and the sentence explaining it.</returns>
    public ThresholdChoice YoudenJ()
    {
        var roc = _evaluation.Roc;
        var best = Best(k => roc.TruePositiveRates[k] - roc.FalsePositiveRates[k]);
        return Choice(best, ThresholdRule.YoudenJ, Invariant(
            $"Threshold {Threshold(best):G6} maximises Youden's J = TPR − FPR = {roc.TruePositiveRates[best] - roc.FalsePositiveRates[best]:G4}, weighing a missed positive and a false alarm by their class rates alike."));
    }

    private int Best(Func<int, double> value)
    {
        var best = 0;
        var bestValue = value(0);
        for (var k = 1; k < _evaluation.Roc.Thresholds.Length; k++)
        {
            var v = value(k);
            if (v > bestValue)
                (best, bestValue) = (k, v);
        }
        return best;
    }

    private double Threshold(int k) => _evaluation.Roc.Thresholds[k];

    // rates times class counts are whole numbers up to rounding, so round back
    private double FalseNegatives(int k) => Math.Round((1 - _evaluation.Roc.TruePositiveRates[k]) * _evaluation.Positives);

    private double FalsePositives(int k) => Math.Round(_evaluation.Roc.FalsePositiveRates[k] * _evaluation.Negatives);

    private ThresholdChoice Choice(int k, ThresholdRule rule, string description) =>
        new(Threshold(k), rule, _evaluation.Roc.TruePositiveRates[k], _evaluation.Roc.FalsePositiveRates[k], description);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
