namespace Carbet.Modeling.Features;

/// <summary>Smoothed positive rates of category levels, as deviations from the overall rate.</summary>
/// <remarks>A level seen n times with s positives encodes as (s + m·p) / (n + m) − p, where p is the positive rate of
/// the rows the statistics come from and m the prior weight: a rare level stays near 0, the overall rate. Storing the
/// deviation makes 0 the value of a level never seen, so new levels at scoring time mean "no information".</remarks>
internal static class TargetEncoding
{
    /// <summary>The encoding of every level seen in the given rows.</summary>
    public static Dictionary<string, float> Fit(IReadOnlyList<string> levels, IReadOnlyList<bool> labels, IEnumerable<int> rows, double priorWeight)
    {
        var counts = new Dictionary<string, (int N, int Positives)>(StringComparer.Ordinal);
        var (total, positives) = (0, 0);
        foreach (var row in rows)
        {
            var (n, s) = counts.GetValueOrDefault(levels[row]);
            var y = labels[row] ? 1 : 0;
            counts[levels[row]] = (n + 1, s + y);
            (total, positives) = (total + 1, positives + y);
        }
        var prior = total == 0 ? 0 : (double)positives / total;
        return counts.ToDictionary(e => e.Key, e => (float)(((e.Value.Positives + (priorWeight * prior)) / (e.Value.N + priorWeight)) - prior), StringComparer.Ordinal);
    }

    /// <summary>Each row's encoding from the statistics of the other folds only, so its own label never enters it.</summary>
    /// <param name="folds">The fold of each row, from 0 to <paramref name="foldCount"/> − 1.</param>
    public static float[] OutOfFold(IReadOnlyList<string> levels, IReadOnlyList<bool> labels, IReadOnlyList<int> folds, int foldCount, double priorWeight)
    {
        var encoded = new float[levels.Count];
        for (var fold = 0; fold < foldCount; fold++)
        {
            var f = fold;
            var map = Fit(levels, labels, Enumerable.Range(0, levels.Count).Where(r => folds[r] != f), priorWeight);
            for (var row = 0; row < levels.Count; row++)
            {
                if (folds[row] == fold)
                    encoded[row] = map.GetValueOrDefault(levels[row]);
            }
        }
        return encoded;
    }

    /// <summary>Rows spread over folds at random, sizes differing by at most one.</summary>
    public static int[] Folds(int rows, int foldCount, Random random)
    {
        var order = Enumerable.Range(0, rows).ToArray();
        random.Shuffle(order);
        var folds = new int[rows];
        for (var i = 0; i < order.Length; i++)
            folds[order[i]] = i % foldCount;
        return folds;
    }
}
