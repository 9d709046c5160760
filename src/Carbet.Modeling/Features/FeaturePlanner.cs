using Carbet.Core;
using Carbet.Modeling.Training;

using Microsoft.ML;

namespace Carbet.Modeling.Features;

/// <summary>Decides the <see cref="FeaturePlan"/> of a request from its training rows: levels per category, missing
/// values per number, times in dates, and the positive share.</summary>
public static class FeaturePlanner
{
    /// <summary>Reads the request's training rows (those before <see cref="BinaryTrainingRequest.TrainBefore"/>) and plans.</summary>
    public static FeaturePlan Plan(BinaryTrainingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ml = new MLContext(0) { GpuDeviceId = null };
        return Plan(request, TrainingData.Load(ml, request));
    }

    internal static FeaturePlan Plan(BinaryTrainingRequest request, IDataView data) =>
        Plan(request.NumericFeatures, request.CategoricalFeatures, request.DateFeatures, request.Features, data, TrainingData.TargetColumn);

    /// <summary>Scans <paramref name="data"/> once and plans its columns. With <paramref name="binaryLabel"/> (a boolean
    /// column) the positive share and weight are planned too; without it, as for multiclass and regression, rows are never
    /// weighted and categories above <see cref="FeatureOptions.MaxOneHot"/> levels are hashed, since target encoding is a
    /// positive rate.</summary>
    internal static FeaturePlan Plan(IReadOnlyList<string> numeric, IReadOnlyList<string> categorical, IReadOnlyList<string> dates,
        FeatureOptions options, IDataView data, string? binaryLabel)
    {
        Check(options);
        if (binaryLabel is null)
            options = options with { HighCardinality = HighCardinalityEncoding.Hash, ClassWeights = ClassWeighting.None };
        var missing = numeric.ToDictionary(c => c, _ => 0L, StringComparer.Ordinal);
        var levels = categorical.ToDictionary(c => c, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var timed = dates.ToDictionary(c => c, _ => false, StringComparer.Ordinal);
        long rows = 0, positives = 0;
        using (var cursor = data.GetRowCursor(data.Schema))
        {
            var label = binaryLabel is null ? null : cursor.GetGetter<bool>(data.Schema[binaryLabel]);
            var numbers = numeric.Select(c => (c, cursor.GetGetter<float>(data.Schema[c]))).ToList();
            var texts = categorical.Concat(dates).Select(c => (c, cursor.GetGetter<ReadOnlyMemory<char>>(data.Schema[c]))).ToList();
            bool y = false;
            float x = 0;
            ReadOnlyMemory<char> text = default;
            while (cursor.MoveNext())
            {
                rows++;
                label?.Invoke(ref y);
                positives += y ? 1 : 0;
                foreach (var (column, get) in numbers)
                {
                    get(ref x);
                    missing[column] += float.IsNaN(x) ? 1 : 0;
                }
                foreach (var (column, get) in texts)
                {
                    get(ref text);
                    if (levels.TryGetValue(column, out var seen))
                        seen.Add(text.ToString());
                    else if (text.Length > 10)
                        timed[column] = true;
                }
            }
        }
        var share = rows == 0 ? 0 : (double)positives / rows;
        return new FeaturePlan([.. Numbers(numeric, options, missing), .. Categories(categorical, options, levels), .. Dates(dates, timed)],
            rows, share, PositiveWeight(options, rows, positives), options);
    }

    private static IEnumerable<ColumnPlan> Numbers(IEnumerable<string> numeric, FeatureOptions options, Dictionary<string, long> missing) =>
        numeric.Select(c => new ColumnPlan(c, options.Bins > 0 ? ColumnEncoding.Binned : ColumnEncoding.Number)
        {
            Missing = missing[c],
            MissingIndicator = missing[c] > 0,
        });

    private static IEnumerable<ColumnPlan> Categories(IEnumerable<string> categorical, FeatureOptions options, Dictionary<string, HashSet<string>> levels) =>
        categorical.Select(c => new ColumnPlan(c, levels[c].Count <= options.MaxOneHot ? ColumnEncoding.OneHot
            : options.HighCardinality == HighCardinalityEncoding.Target ? ColumnEncoding.TargetEncoded : ColumnEncoding.Hashed)
        {
            Levels = levels[c].Count,
            Missing = levels[c].Contains("") ? 1 : 0,
        });

    private static IEnumerable<ColumnPlan> Dates(IEnumerable<string> dates, Dictionary<string, bool> timed) =>
        dates.Select(c => new ColumnPlan(c, ColumnEncoding.DateParts) { HasTime = timed[c] });

    // balanced: both classes weigh the same in total, so a 5 % minority is not learnt as noise around the majority
    private static double? PositiveWeight(FeatureOptions options, long rows, long positives)
    {
        var negatives = rows - positives;
        if (positives == 0 || negatives == 0 || options.ClassWeights == ClassWeighting.None)
            return null;
        var share = (double)positives / rows;
        return options.ClassWeights == ClassWeighting.Balanced || share < options.ImbalanceThreshold ? (double)negatives / positives : null;
    }

    private static void Check(FeatureOptions o)
    {
        Range("max_onehot", o.MaxOneHot, 2, 1000);
        Range("target_encoding_folds", o.TargetEncodingFolds, 2, 20);
        Range("hash_bits", o.HashBits, 4, 20);
        if (o.Bins != 0)
            Range("binning", o.Bins, 2, 1000);
        if (!(o.TargetEncodingPriorWeight > 0 && double.IsFinite(o.TargetEncodingPriorWeight)))
            throw new UserErrorException($"The target encoding prior weight {o.TargetEncodingPriorWeight} is not above 0.", "Use a weight in rows such as 20.");
        if (o.ImbalanceThreshold is < 0 or > 0.5)
            throw new UserErrorException($"The imbalance threshold {o.ImbalanceThreshold} is outside 0 to 0.5.", "Use a positive share such as 0.2.");
    }

    private static void Range(string name, int value, int low, int high)
    {
        if (value < low || value > high)
            throw new UserErrorException($"features.{name} is {value}, outside {low} to {high}.", $"Set features.{name} between {low} and {high}.");
    }
}
