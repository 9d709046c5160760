namespace Carbet.Modeling.Features;

/// <summary>How well one column alone orders the classes: |AUC − 0.5| of its values (ties share ranks, missing values skipped).</summary>
internal static class UnivariateAuc
{
    public static double Strength(IReadOnlyList<double> values, IReadOnlyList<bool> labels)
    {
        var rows = Enumerable.Range(0, values.Count).Where(r => !double.IsNaN(values[r])).OrderBy(r => values[r]).ToArray();
        long positives = rows.Count(r => labels[r]), negatives = rows.Length - positives;
        if (positives == 0 || negatives == 0)
            return 0;
        double rankSum = 0;
        for (var i = 0; i < rows.Length;)
        {
            var j = i;
            while (j < rows.Length && values[rows[j]] == values[rows[i]])
                j++;
            var rank = (i + j + 1) / 2.0;   // mean of the 1-based ranks i+1..j
            for (var k = i; k < j; k++)
                rankSum += labels[rows[k]] ? rank : 0;
            i = j;
        }
        var auc = (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
        return Math.Abs(auc - 0.5);
    }

    // in-sample rates: optimistic for rare levels, which only matters for ranking the candidates
    public static double[] LevelRates(IReadOnlyList<string> levels, IReadOnlyList<bool> labels)
    {
        var stats = new Dictionary<string, (int N, int Positives)>(StringComparer.Ordinal);
        for (var r = 0; r < levels.Count; r++)
        {
            var (n, s) = stats.GetValueOrDefault(levels[r]);
            stats[levels[r]] = (n + 1, s + (labels[r] ? 1 : 0));
        }
        return [.. levels.Select(l => (double)stats[l].Positives / stats[l].N)];
    }
}
