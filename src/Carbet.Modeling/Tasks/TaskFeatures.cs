using Carbet.Modeling.Features;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Tasks;

/// <summary>Plans and builds the features of a task request: the binary feature plan without what needs a binary target.</summary>
/// <remarks>Numbers stay numbers (quantile bins when <see cref="FeatureOptions.Bins"/> is set) with a missing indicator where
/// training rows lack values; categories are one-hot up to <see cref="FeatureOptions.MaxOneHot"/> levels and hashed above,
/// since target encoding is a positive rate; dates become their parts. Rows are never weighted.</remarks>
internal static class TaskFeatures
{
    public static FeaturePlan Plan(TaskTrainingRequest request, IDataView data)
    {
        var options = request.Features;
        var missing = request.NumericFeatures.ToDictionary(c => c, _ => 0L, StringComparer.Ordinal);
        var levels = request.CategoricalFeatures.ToDictionary(c => c, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var timed = request.DateFeatures.ToDictionary(c => c, _ => false, StringComparer.Ordinal);
        long rows = 0;
        using (var cursor = data.GetRowCursor(data.Schema))
        {
            var numbers = request.NumericFeatures.Select(c => (c, cursor.GetGetter<float>(data.Schema[c]))).ToList();
            var texts = request.CategoricalFeatures.Concat(request.DateFeatures).Select(c => (c, cursor.GetGetter<ReadOnlyMemory<char>>(data.Schema[c]))).ToList();
            float x = 0;
            ReadOnlyMemory<char> text = default;
            while (cursor.MoveNext())
            {
                rows++;
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
        var columns = request.NumericFeatures.Select(c => new ColumnPlan(c, options.Bins > 0 ? ColumnEncoding.Binned : ColumnEncoding.Number)
        {
            Missing = missing[c],
            MissingIndicator = missing[c] > 0,
        }).Concat(request.CategoricalFeatures.Select(c => new ColumnPlan(c, levels[c].Count <= options.MaxOneHot ? ColumnEncoding.OneHot : ColumnEncoding.Hashed)
        {
            Levels = levels[c].Count,
            Missing = levels[c].Contains("") ? 1 : 0,
        })).Concat(request.DateFeatures.Select(c => new ColumnPlan(c, ColumnEncoding.DateParts) { HasTime = timed[c] }));
        return new FeaturePlan([.. columns], rows, 0, null, options);
    }

    /// <summary>The features of <paramref name="plan"/>, missing values and scaling as the family needs, then its trainer.</summary>
    public static EstimatorChain<ITransformer> Build(MLContext ml, FeaturePlan plan, ITaskFamily family, Families.HyperParameters values, int seed)
    {
        var chain = FeatureVector.Append(ml, new EstimatorChain<ITransformer>(), plan, TaskColumns.Features,
            fillMissing: !family.HandlesMissingValues, normalize: family.NeedsNormalization);
        return chain.Append(family.BuildTrainer(ml, values, seed));
    }
}
