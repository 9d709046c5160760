namespace Carbet.Modeling.Curves;

/// <summary>The two held-out metrics of a staged curve, written here because Modeling sits below Evaluation.</summary>
internal static class CurveMetrics
{
    private const double Epsilon = 1e-15;

    public static double LogLoss(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels)
    {
        var sum = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var p = Math.Clamp(probabilities[i], Epsilon, 1 - Epsilon);
            sum -= labels[i] ? Math.Log(p) : Math.Log(1 - p);
        }
        return probabilities.Length == 0 ? double.NaN : sum / probabilities.Length;
    }

    /// <summary>The Mann–Whitney AUC: the chance a random positive outscores a random negative, ties counting half.</summary>
    public static double Auc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        var keys = scores.ToArray();
        Array.Sort(keys, order);
        double positives = 0, rankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && keys[end + 1] == keys[start])
                end++;
            var rank = ((start + end) / 2.0) + 1;   // tied scores share their mean rank
            for (var k = start; k <= end; k++)
            {
                if (labels[order[k]])
                    (positives, rankSum) = (positives + 1, rankSum + rank);
            }
            start = end + 1;
        }
        var negatives = order.Length - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }
}
