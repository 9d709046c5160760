namespace Carbet.Modeling.Explanation;

/// <summary>The ROC AUC as the Mann–Whitney statistic: tied scores share their mean rank.</summary>
internal static class RankAuc
{
    public static double Compute(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
            return double.NaN;
        double rankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]].Equals(scores[order[start]]))
                end++;
            var meanRank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
                if (labels[order[k]])
                    rankSum += meanRank;
            start = end + 1;
        }
        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
