namespace Carbet.Evaluation.Classification;

/// <summary>DeLong's placement values V10 (one per positive) and V01 (one per negative), in row order, from midranks.</summary>
internal sealed record Placements(double[] V10, double[] V01, double Auc)
{
    public static Placements Compute(RankedScores ranked, ReadOnlySpan<int> labels, int m, int n)
    {
        var perRow = new double[labels.Length];
        int positivesBefore = 0, negativesBefore = 0;
        var sumPositiveRanks = 0.0;
        for (var run = 0; run < ranked.Runs; run++)
        {
            var (start, end) = (ranked.RunStarts[run], ranked.RunStarts[run + 1]);
            var positives = 0;
            for (var i = start; i < end; i++)
                positives += ranked.Labels[i];
            var negatives = end - start - positives;
            var pooled = ((start + end - 1) / 2.0) + 1;
            var v10 = (pooled - (positivesBefore + ((positives + 1) / 2.0))) / n;
            var v01 = 1 - ((pooled - (negativesBefore + ((negatives + 1) / 2.0))) / m);
            for (var i = start; i < end; i++)
                perRow[ranked.Rows[i]] = ranked.Labels[i] == 1 ? v10 : v01;
            sumPositiveRanks += positives * pooled;
            positivesBefore += positives;
            negativesBefore += negatives;
        }
        var (x, y) = (new double[m], new double[n]);
        int xi = 0, yi = 0;
        for (var row = 0; row < labels.Length; row++)
        {
            if (labels[row] == 1)
                x[xi++] = perRow[row];
            else
                y[yi++] = perRow[row];
        }
        var auc = (sumPositiveRanks - (m * (m + 1.0) / 2)) / ((double)m * n);
        return new Placements(x, y, auc);
    }

    /// <summary>The sample covariance (ddof 1) of two equally long series.</summary>
    public static double Covariance(double[] a, double[] b)
    {
        double meanA = Mean(a), meanB = Mean(b), sum = 0;
        for (var i = 0; i < a.Length; i++)
            sum += (a[i] - meanA) * (b[i] - meanB);
        return sum / (a.Length - 1);
    }

    private static double Mean(double[] values)
    {
        var sum = 0.0;
        foreach (var v in values)
            sum += v;
        return sum / values.Length;
    }
}
