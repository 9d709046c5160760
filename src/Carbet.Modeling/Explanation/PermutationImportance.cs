using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tasks;
using Carbet.Modeling.Training;

using Microsoft.ML;

namespace Carbet.Modeling.Explanation;

/// <summary>Permutation feature importance (Breiman 2001; scikit-learn's <c>permutation_importance</c>): how much a held-out
/// metric worsens when one raw input column is shuffled, so the model loses what it learned from that column alone.</summary>
/// <remarks>The raw column is shuffled before featurisation, so a categorical column counts once. Each column and repeat
/// draws from its own named stream of the context's seed (<c>importance/{column}/{repeat}</c>): the same model, rows and
/// seed give the same result, whatever the column order.</remarks>
public static class PermutationImportance
{
    /// <summary>The usual number of shuffles per column.</summary>
    public const int DefaultRepeats = 5;

    /// <summary>The most held-out rows scored, as scikit-learn's <c>max_samples</c>: above it, this many rows drawn at random
    /// (stream <c>importance/rows</c>). 10,000 rows put the AUC's sampling error near 0.005 on a balanced target, well below
    /// the drops that rank columns, and keep the cost of 5 shuffles per column bounded on large test sets.</summary>
    public const int MaxRows = 10_000;

    /// <summary>Scores a binary model file on the rows of <paramref name="heldOutCsvPath"/> (same columns as the request's
    /// CSV) with each feature column shuffled <paramref name="repeats"/> times; the metric is the AUC.</summary>
    public static PermutationImportanceResult Compute(byte[] modelFile, BinaryTrainingRequest request, string heldOutCsvPath, int repeats, CarbetContext context)
    {
        ArgumentNullException.ThrowIfNull(modelFile);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var ml = new MLContext(context.SeedFor("importance")) { GpuDeviceId = null };
        var model = FamilyModelFile.Load(ml, modelFile, out _);
        var rows = AtMostMaxRows(ColumnsView.Read(TrainingData.Load(ml, request with { CsvPath = heldOutCsvPath, TrainBefore = null, TestCsvPath = null })), context);
        var labels = Read<bool>(rows, TrainingData.TargetColumn);
        return Permute(rows, [.. request.NumericFeatures, .. request.CategoricalFeatures], "auc", true,
            view => RankAuc.Compute(Read<float>(model.Transform(view), "Probability"), labels), repeats, context);
    }

    /// <summary>Scores a multiclass or regression model file on the rows of <paramref name="heldOutCsvPath"/> with each
    /// feature column shuffled <paramref name="repeats"/> times, measuring <paramref name="metric"/>.</summary>
    public static PermutationImportanceResult Compute(byte[] modelFile, TaskTrainingRequest request, string heldOutCsvPath, ImportanceMetric metric, int repeats,
        CarbetContext context)
    {
        ArgumentNullException.ThrowIfNull(modelFile);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(context);
        var ml = new MLContext(context.SeedFor("importance")) { GpuDeviceId = null };
        var model = FamilyModelFile.Load(ml, modelFile, out _);
        var rows = AtMostMaxRows(ColumnsView.Read(TaskData.Load(ml, request, heldOutCsvPath)), context);
        return Permute(rows, [.. request.NumericFeatures, .. request.CategoricalFeatures, .. request.DateFeatures], metric.Name, metric.HigherIsBetter,
            view => metric.Measure(TaskData.Predictions(model.Transform(view), request)), repeats, context);
    }

    private static PermutationImportanceResult Permute(ColumnsView rows, IReadOnlyList<string> columns, string metric, bool higherIsBetter,
        Func<IDataView, double> measure, int repeats, CarbetContext context)
    {
        if (repeats is < 1 or > 100)
            throw new UserErrorException($"{repeats} permutation repeats is outside 1 to 100.", "Use between 1 and 100 repeats; 5 is usual.");
        var count = (int)rows.GetRowCount()!.Value;
        var baseline = measure(rows);
        var drops = new double[columns.Count, repeats];
        // each shuffle has its own seeded stream and each scoring its own view, so they run on every core and the
        // result is the same on any number of cores
        Parallel.For(0, columns.Count * repeats, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var (c, repeat) = Math.DivRem(k, repeats);
            var column = columns[c];
            var shuffled = measure(rows.Permuted(rows.Schema[column].Index, Shuffle(count, context.CreateRandom($"importance/{column}/{repeat}"))));
            drops[c, repeat] = higherIsBetter ? baseline - shuffled : shuffled - baseline;
        });
        var features = columns.Select((column, c) =>
        {
            double[] values = [.. Enumerable.Range(0, repeats).Select(r => drops[c, r])];
            return new FeatureImportance(column, values.Average(), Std(values), [.. values]);
        });
        return new PermutationImportanceResult(metric, baseline, count, repeats, [.. features.OrderByDescending(f => f.MeanDrop)]);
    }

    private static ColumnsView AtMostMaxRows(ColumnsView rows, CarbetContext context)
    {
        var count = (int)rows.GetRowCount()!.Value;
        if (count <= MaxRows)
            return rows;
        var picked = Shuffle(count, context.CreateRandom("importance/rows"))[..MaxRows];
        Array.Sort(picked);
        return rows.Rows(picked);
    }

    private static T[] Read<T>(IDataView data, string column)
    {
        var values = new List<T>();
        var schemaColumn = data.Schema[column];
        using var cursor = data.GetRowCursor([schemaColumn]);
        var getter = cursor.GetGetter<T>(schemaColumn);
        T value = default!;
        while (cursor.MoveNext())
        {
            getter(ref value);
            values.Add(value);
        }
        return [.. values];
    }

    private static int[] Shuffle(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private static double Std(double[] values)
    {
        if (values.Length < 2)
            return 0;
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
