using Carbet.Modeling.Curves;
using Carbet.Modeling.Families;

namespace Carbet.Modeling.Boosting;

/// <summary>Fits a LightGBM booster through the C API and scores held-out rows with it: the same library, parameters and
/// rows as ML.NET's trainer, without its per-fit copy of the rows, its model conversion and its process-wide training lock.</summary>
/// <remarks>The scores equal those of the ML.NET model fitted with the same parameters as long as no feature value is
/// missing: ML.NET's conversion of LightGBM's trees routes missing values its own way, so callers keep the ML.NET path for
/// rows with missing values. Bins are fitted on every row, as ML.NET does up to 65,536 training rows.</remarks>
internal static class NativeLightGbm
{
    /// <summary>The raw scores of <paramref name="test"/> after <paramref name="iterations"/> boosting iterations on
    /// <paramref name="train"/>, and with <paramref name="maxCurvePoints"/> the held-out log loss and AUC after each sampled
    /// number of trees, as <see cref="BoostingCurves"/> computes them from the ML.NET model.</summary>
    public static (double[] Scores, StagedMetrics? Staged) FitAndScore(DenseRows train, DenseRows test, bool[] testLabels, string parameters, int iterations,
        int? maxCurvePoints = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        var dataset = LightGbmNative.CreateDataset(train, parameters);
        try
        {
            var booster = LightGbmNative.CreateBooster(dataset, parameters);
            try
            {
                var trees = 0;
                while (trees < iterations && LightGbmNative.TrainOneIteration(booster))
                    trees++;
                return maxCurvePoints is { } points
                    ? Staged(booster, test, testLabels, BoostingCurves.Iterations(Math.Max(1, trees), points))
                    : (LightGbmNative.PredictRaw(booster, test), null);
            }
            finally
            {
                LightGbmNative.FreeBooster(booster);
            }
        }
        finally
        {
            LightGbmNative.FreeDataset(dataset);
        }
    }

    // each sampled iteration adds the trees since the previous one to the running scores, so the whole curve costs one
    // walk of every tree per row; probabilities use ML.NET's calibrator for LightGBM, 1 / (1 + exp(-sigmoid × score))
    private static (double[] Scores, StagedMetrics Staged) Staged(nint booster, DenseRows test, bool[] labels, System.Collections.Immutable.ImmutableArray<int> iterations)
    {
        var scores = new double[test.Count];
        var probabilities = new double[test.Count];
        var (logLoss, auc) = (new double[iterations.Length], new double[iterations.Length]);
        var done = 0;
        for (var i = 0; i < iterations.Length; i++)
        {
            if (iterations[i] > done)
            {
                var added = LightGbmNative.PredictRaw(booster, test, done, iterations[i] - done);
                for (var r = 0; r < scores.Length; r++)
                    scores[r] += added[r];
                done = iterations[i];
            }
            for (var r = 0; r < scores.Length; r++)
                probabilities[r] = 1 / (1 + Math.Exp(-LightGbmFamily.Sigmoid * scores[r]));
            (logLoss[i], auc[i]) = (CurveMetrics.LogLoss(probabilities, labels), CurveMetrics.Auc(scores, labels));
        }
        return (scores, new StagedMetrics(iterations, [.. logLoss], [.. auc]));
    }
}
