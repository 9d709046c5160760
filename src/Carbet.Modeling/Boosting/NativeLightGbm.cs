namespace Carbet.Modeling.Boosting;

/// <summary>Fits a LightGBM booster through the C API and scores held-out rows with it: the same library, parameters and
/// rows as ML.NET's trainer, without its per-fit copy of the rows, its model conversion and its process-wide training lock.</summary>
/// <remarks>The scores equal those of the ML.NET model fitted with the same parameters as long as no feature value is
/// missing: ML.NET's conversion of LightGBM's trees routes missing values its own way, so callers keep the ML.NET path for
/// rows with missing values. Bins are fitted on every row, as ML.NET does up to 65,536 training rows.</remarks>
internal static class NativeLightGbm
{
    /// <summary>The raw scores of <paramref name="test"/> after <paramref name="iterations"/> boosting iterations on
    /// <paramref name="train"/>.</summary>
    public static double[] FitAndScore(DenseRows train, DenseRows test, string parameters, int iterations)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        var dataset = LightGbmNative.CreateDataset(train, parameters);
        try
        {
            var booster = LightGbmNative.CreateBooster(dataset, parameters);
            try
            {
                for (var i = 0; i < iterations && LightGbmNative.TrainOneIteration(booster); i++)
                {
                }
                return LightGbmNative.PredictRaw(booster, test);
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
}
