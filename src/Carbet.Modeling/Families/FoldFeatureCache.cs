using System.Collections.Concurrent;

using Carbet.Core;
using Carbet.Modeling.Boosting;
using Carbet.Modeling.Features;
using Carbet.Modeling.Training;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Families;

/// <summary>Each fold's rows through each family's feature chain, fitted once on first use and kept, so that a study's
/// trials fit only their trainer.</summary>
/// <remarks>A family's chain depends on the family only through its name (the target-encoding stream
/// <c>cv/family/fold k/encoding</c>) and its needs (missing values, scaling, row weights), so the rows are shared by name.
/// Safe for concurrent trials: each entry is built once, by the first caller. Holds at most folds × families featurized
/// copies of the rows, in memory until the cache is let go.</remarks>
internal sealed class FoldFeatureCache(CarbetContext context, IDataView data, CrossValidationSplits splits, FeaturePlan plan)
{
    private readonly ConcurrentDictionary<(string Family, int Fold), Lazy<FoldFeatures>> _entries = new();
    private readonly ConcurrentDictionary<(string Family, int Fold), Lazy<DenseFold>> _dense = new();

    /// <summary>The featurized rows of <paramref name="fold"/> for <paramref name="family"/>.</summary>
    public FoldFeatures Get(IModelFamily family, int fold) =>
        _entries.GetOrAdd((family.Name, fold), _ => new Lazy<FoldFeatures>(() => Build(family, fold))).Value;

    /// <summary>The same rows as <see cref="Get"/>, copied into matrices for LightGBM's C API.</summary>
    public DenseFold GetDense(IModelFamily family, int fold) =>
        _dense.GetOrAdd((family.Name, fold), _ => new Lazy<DenseFold>(() =>
        {
            var rows = Get(family, fold).Rows;
            return new DenseFold(DenseRows.From(rows.Train, rows.WeightColumn), DenseRows.From(rows.Test, null));
        })).Value;

    private FoldFeatures Build(IModelFamily family, int fold)
    {
        var ml = new MLContext(context.SeedFor($"cv/context/fold{fold}")) { GpuDeviceId = null };
        var (train, test) = (new FoldView(data, splits.Folds[fold].Train), new FoldView(data, splits.Folds[fold].Test));
        var rows = FeaturePipeline.Featurize(ml, train, test, plan, family, context.CreateRandom($"cv/{family.Name}/fold{fold}/encoding"));
        // counted through the views rather than the assignment, so a misaligned view shows in the result
        var labels = rows.Test.GetColumn<bool>(FamilyColumns.Label).ToList();
        return new FoldFeatures(rows, TrainingData.Count(train), labels.Count, labels.Count(l => l));
    }
}
