namespace Carbet.Tuning.Importance;

/// <summary>Bootstrapped CART regression trees (squared error, all features tried at each split, leaves of one or more),
/// kept only for their impurity decrease per feature, as scikit-learn's <c>feature_importances_</c>.</summary>
internal sealed class RegressionForest(int trees, int maxDepth)
{
    public double[] FeatureImportances(double[][] rows, double[] targets, Random random)
    {
        var features = rows[0].Length;
        var total = new double[features];
        for (var t = 0; t < trees; t++)
        {
            var sample = Enumerable.Range(0, rows.Length).Select(_ => random.Next(rows.Length)).ToArray();
            var decrease = new double[features];
            Grow(rows, targets, sample, 0, decrease);
            var sum = decrease.Sum();
            if (sum <= 0)
                continue;
            for (var f = 0; f < features; f++)
                total[f] += decrease[f] / sum;
        }
        var grand = total.Sum();
        return grand > 0 ? [.. total.Select(v => v / grand)] : total;
    }

    private void Grow(double[][] rows, double[] targets, int[] node, int depth, double[] decrease)
    {
        if (node.Length < 2 || depth >= maxDepth)
            return;
        var nodeError = SquaredError(targets, node);
        if (nodeError <= 1e-12)
            return;
        var (feature, threshold, error) = (-1, 0.0, nodeError);
        for (var f = 0; f < rows[0].Length; f++)
        {
            var (candidate, candidateError) = BestSplit(rows, targets, node, f);
            if (candidateError < error - 1e-12)
                (feature, threshold, error) = (f, candidate, candidateError);
        }
        if (feature < 0)
            return;
        decrease[feature] += nodeError - error;
        var left = node.Where(i => rows[i][feature] <= threshold).ToArray();
        var right = node.Where(i => rows[i][feature] > threshold).ToArray();
        Grow(rows, targets, left, depth + 1, decrease);
        Grow(rows, targets, right, depth + 1, decrease);
    }

    // One pass over the node sorted by the feature, with running sums, gives every split's squared error.
    private static (double Threshold, double Error) BestSplit(double[][] rows, double[] targets, int[] node, int feature)
    {
        var sorted = node.OrderBy(i => rows[i][feature]).ToArray();
        var (totalSum, totalSquares) = (0.0, 0.0);
        foreach (var i in sorted)
            (totalSum, totalSquares) = (totalSum + targets[i], totalSquares + (targets[i] * targets[i]));
        var (leftSum, leftSquares) = (0.0, 0.0);
        var (bestThreshold, bestError) = (double.NaN, double.PositiveInfinity);
        for (var k = 0; k < sorted.Length - 1; k++)
        {
            var y = targets[sorted[k]];
            (leftSum, leftSquares) = (leftSum + y, leftSquares + (y * y));
            var (here, next) = (rows[sorted[k]][feature], rows[sorted[k + 1]][feature]);
            if (here == next)
                continue;
            var (nLeft, nRight) = (k + 1.0, sorted.Length - k - 1.0);
            var rightSum = totalSum - leftSum;
            var error = (leftSquares - (leftSum * leftSum / nLeft)) + (totalSquares - leftSquares - (rightSum * rightSum / nRight));
            if (error < bestError)
                (bestThreshold, bestError) = (0.5 * (here + next), error);
        }
        return (bestThreshold, bestError);
    }

    private static double SquaredError(double[] targets, int[] node)
    {
        var mean = node.Average(i => targets[i]);
        return node.Sum(i => (targets[i] - mean) * (targets[i] - mean));
    }
}
