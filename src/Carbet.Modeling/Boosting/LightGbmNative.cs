using System.Runtime.InteropServices;

namespace Carbet.Modeling.Boosting;

/// <summary>The few functions of LightGBM's C API that train a booster on an in-memory matrix and score another, from the
/// same native library the ML.NET LightGBM trainer loads.</summary>
internal static unsafe partial class LightGbmNative
{
    private const string Library = "lib_lightgbm";
    private const int Float32 = 0;
    private const int RowMajor = 1;
    private const int RawScore = 1;

    /// <summary>Builds a dataset from <paramref name="rows"/> (bins fitted on them with <paramref name="parameters"/>).</summary>
    public static nint CreateDataset(DenseRows rows, string parameters)
    {
        nint handle;
        fixed (float* features = rows.Features)
            Check(LGBM_DatasetCreateFromMat(features, Float32, rows.Count, rows.Columns, RowMajor, parameters, 0, out handle));
        try
        {
            fixed (float* labels = rows.Labels)
                Check(LGBM_DatasetSetField(handle, "label", labels, rows.Count, Float32));
            if (rows.Weights is { } weights)
            {
                fixed (float* w = weights)
                    Check(LGBM_DatasetSetField(handle, "weight", w, rows.Count, Float32));
            }
            return handle;
        }
        catch
        {
            _ = LGBM_DatasetFree(handle);
            throw;
        }
    }

    public static void FreeDataset(nint dataset) => _ = LGBM_DatasetFree(dataset);

    public static nint CreateBooster(nint dataset, string parameters)
    {
        Check(LGBM_BoosterCreate(dataset, parameters, out var booster));
        return booster;
    }

    /// <summary>Adds one tree; false when no split could improve the model, so no later tree can either.</summary>
    public static bool TrainOneIteration(nint booster)
    {
        Check(LGBM_BoosterUpdateOneIter(booster, out var finished));
        return finished == 0;
    }

    /// <summary>The raw scores (sums of the trees' outputs) of <paramref name="rows"/>, on one thread.</summary>
    public static double[] PredictRaw(nint booster, DenseRows rows) => PredictRaw(booster, rows, 0, -1);

    /// <summary>The sums of the outputs of <paramref name="count"/> trees from tree <paramref name="first"/> (all the rest for
    /// -1) for each of <paramref name="rows"/>, on one thread.</summary>
    public static double[] PredictRaw(nint booster, DenseRows rows, int first, int count)
    {
        var scores = new double[rows.Count];
        fixed (float* features = rows.Features)
        fixed (double* output = scores)
            Check(LGBM_BoosterPredictForMat(booster, features, Float32, rows.Count, rows.Columns, RowMajor, RawScore, first, count, "num_threads=1", out _, output));
        return scores;
    }

    public static void FreeBooster(nint booster) => _ = LGBM_BoosterFree(booster);

    private static void Check(int code)
    {
        if (code != 0)
            throw new InvalidOperationException($"LightGBM failed: {Marshal.PtrToStringUTF8(LGBM_GetLastError())}");
    }

    [LibraryImport(Library)]
    private static partial nint LGBM_GetLastError();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LGBM_DatasetCreateFromMat(void* data, int dataType, int rows, int columns, int isRowMajor, string parameters, nint reference, out nint dataset);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LGBM_DatasetSetField(nint dataset, string field, void* data, int count, int dataType);

    [LibraryImport(Library)]
    private static partial int LGBM_DatasetFree(nint dataset);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LGBM_BoosterCreate(nint dataset, string parameters, out nint booster);

    [LibraryImport(Library)]
    private static partial int LGBM_BoosterUpdateOneIter(nint booster, out int finished);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LGBM_BoosterPredictForMat(nint booster, void* data, int dataType, int rows, int columns, int isRowMajor, int predictType,
        int startIteration, int iterations, string parameters, out long length, double* scores);

    [LibraryImport(Library)]
    private static partial int LGBM_BoosterFree(nint booster);
}
