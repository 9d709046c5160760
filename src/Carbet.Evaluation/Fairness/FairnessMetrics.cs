using System.Globalization;

using Carbet.Core;
using Carbet.Evaluation.Classification;

namespace Carbet.Evaluation.Fairness;

/// <summary>Compares a classifier's selection rate, TPR and FPR across the groups of a sensitive attribute.</summary>
public static class FairnessMetrics
{
    /// <summary>Computes per-group rates and the disparities between groups.</summary>
    /// <param name="scores">One score per row.</param>
    /// <param name="labels">One 0/1 label per row.</param>
    /// <param name="groups">The sensitive attribute's value of each row.</param>
    /// <param name="threshold">Rows scoring at or above it are predicted positive.</param>
    /// <returns>The groups' rates and the demographic parity and equalized odds disparities.</returns>
    /// <exception cref="UserErrorException">The inputs are bad as for <see cref="BinaryMetrics.Compute"/>, the group list differs
    /// in length, or a group lacks positives or negatives, leaving its TPR or FPR undefined.</exception>
    public static FairnessEvaluation Compute(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, IReadOnlyList<string> groups, double threshold)
    {
        ArgumentNullException.ThrowIfNull(groups);
        BinaryInput.Validate(scores, labels);
        if (groups.Count != labels.Length)
        {
            throw new UserErrorException(
                Invariant($"There are {groups.Count} group values but {labels.Length} labels."),
                "Pass the sensitive attribute of every evaluated row, in the same order.");
        }
        var cells = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            if (!cells.TryGetValue(groups[i], out var c))
                cells[groups[i]] = c = new long[4];
            c[(labels[i] * 2) + (scores[i] >= threshold ? 1 : 0)]++;
        }
        var rates = cells.Select(kv => Rates(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3])).ToList();
        var (dpDiff, dpRatio) = Disparity(rates, r => r.SelectionRate);
        var (tprDiff, tprRatio) = Disparity(rates, r => r.TruePositiveRate);
        var (fprDiff, fprRatio) = Disparity(rates, r => r.FalsePositiveRate);
        return new FairnessEvaluation(rates, dpDiff, dpRatio, tprDiff, tprRatio, fprDiff, fprRatio,
            Math.Max(tprDiff, fprDiff), Math.Min(tprRatio, fprRatio));
    }

    private static GroupRates Rates(string group, long tn, long fp, long fn, long tp)
    {
        if (tp + fn == 0 || fp + tn == 0)
        {
            throw new UserErrorException(
                Invariant($"Group '{group}' has {tp + fn} positive and {fp + tn} negative rows, so its TPR or FPR is undefined."),
                "Merge small groups, or evaluate on more rows so every group holds both classes.");
        }
        var n = tn + fp + fn + tp;
        return new GroupRates(group, n, tp, fp, fn, tn, (double)(tp + fn) / n, (double)(tp + fp) / n,
            (double)tp / (tp + fn), (double)fp / (fp + tn), tp + fp == 0 ? 0 : (double)tp / (tp + fp));
    }

    private static (double Difference, double Ratio) Disparity(List<GroupRates> rates, Func<GroupRates, double> rate)
    {
        var (min, max) = (rates.Min(rate), rates.Max(rate));
        return (max - min, max == 0 ? 1 : min / max);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
