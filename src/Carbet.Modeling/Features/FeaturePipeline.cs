using Carbet.Modeling.Families;
using Carbet.Modeling.Training;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Features;

/// <summary>Fits a <see cref="FeaturePlan"/> and a family's trainer on training rows, giving one transformer that scores raw rows.</summary>
/// <remarks>Target encodings of the training rows are out-of-fold, computed here from the training rows alone, so in
/// cross-validation the held-out fold never feeds them; rows scored later get the map of all training rows, which
/// the returned transformer starts with. Row weights exist only while fitting and are not part of the model.</remarks>
internal static class FeaturePipeline
{
    private const string Weight = "Weight";

    public static ITransformer Fit(MLContext ml, IDataView train, FeaturePlan plan, IModelFamily family, HyperParameters values, int seed, Random random,
        FamilyFitOptions? options = null)
    {
        var (input, maps, weighted) = Prepare(ml, train, plan, family, random);
        var fitted = Build(ml, plan, family, values, seed, weighted, options ?? FamilyFitOptions.None).Fit(input);
        return maps is null ? fitted : new TransformerChain<ITransformer>(maps, fitted);
    }

    /// <summary>Fits everything <see cref="Fit"/> fits but the trainer, with the same random stream, and gives the training
    /// rows as that trainer reads them and <paramref name="test"/> as the fitted model would feed them to it.</summary>
    public static FeaturizedRows Featurize(MLContext ml, IDataView train, IDataView test, FeaturePlan plan, IModelFamily family, Random random)
    {
        var (input, maps, weighted) = Prepare(ml, train, plan, family, random);
        var features = Features(ml, plan, family).Fit(input);
        string[] scored = [FamilyColumns.Features, FamilyColumns.Label];
        return new FeaturizedRows(
            FeaturizedRows.Materialize(ml, features.Transform(input), weighted ? [.. scored, Weight] : scored),
            FeaturizedRows.Materialize(ml, features.Transform(maps?.Transform(test) ?? test), scored),
            weighted ? Weight : null);
    }

    // the out-of-fold encodings and row weights appended to the training rows, and the maps that encode rows scored later
    private static (IDataView Input, ITransformer? Maps, bool Weighted) Prepare(MLContext ml, IDataView train, FeaturePlan plan, IModelFamily family, Random random)
    {
        var encoded = plan.Of(ColumnEncoding.TargetEncoded).Select(c => c.Column).ToList();
        var weighted = plan.PositiveWeight is not null && family.SupportsExampleWeights;
        var appended = new List<(string Name, float[] Values)>();
        ITransformer? maps = null;
        if (encoded.Count > 0 || weighted)
        {
            var (labels, levels) = Read(train, encoded);
            var weight = (float)(plan.PositiveWeight ?? 1);
            if (weighted)
                appended.Add((Weight, [.. labels.Select(y => y ? weight : 1f)]));
            var folds = TargetEncoding.Folds(labels.Count, plan.Options.TargetEncodingFolds, random);
            var priorWeight = plan.Options.TargetEncodingPriorWeight;
            IEstimator<ITransformer> mapping = new EstimatorChain<ITransformer>();
            for (var i = 0; i < encoded.Count; i++)
            {
                appended.Add((Encoded(encoded[i]), TargetEncoding.OutOfFold(levels[i], labels, folds, plan.Options.TargetEncodingFolds, priorWeight)));
                var map = TargetEncoding.Fit(levels[i], labels, Enumerable.Range(0, labels.Count), priorWeight);
                mapping = mapping.Append(ml.Transforms.Conversion.MapValue(Encoded(encoded[i]), map, encoded[i]));
            }
            if (encoded.Count > 0)
                maps = mapping.Fit(train);
        }
        return (appended.Count > 0 ? new AppendedColumnsView(train, appended) : train, maps, weighted);
    }

    private static EstimatorChain<ITransformer> Build(MLContext ml, FeaturePlan plan, IModelFamily family, HyperParameters values, int seed, bool weighted,
        FamilyFitOptions options)
    {
        var chain = Features(ml, plan, family);
        // a transfer or a pruned fit goes through the family's own options; row weights apply to fresh fits
        var trainer = family is ITransferable transferable && options != FamilyFitOptions.None
            ? transferable.BuildTrainer(ml, values, seed, options)
            : family.BuildTrainer(ml, values, seed, weighted ? Weight : null);
        return chain.Append(trainer);
    }

    private static EstimatorChain<ITransformer> Features(MLContext ml, FeaturePlan plan, IModelFamily family) =>
        FeatureVector.Append(ml, new EstimatorChain<ITransformer>().Append<ITransformer>(ml.Transforms.CopyColumns(FamilyColumns.Label, TrainingData.TargetColumn)),
            plan, FamilyColumns.Features, fillMissing: !family.HandlesMissingValues, normalize: family.NeedsNormalization);

    private static string Encoded(string column) => FeatureVector.TargetEncoded(column);

    private static (List<bool> Labels, List<string>[] Levels) Read(IDataView data, List<string> columns)
    {
        var labels = new List<bool>();
        var levels = columns.Select(_ => new List<string>()).ToArray();
        var needed = columns.Select(c => data.Schema[c]).Append(data.Schema[TrainingData.TargetColumn]);
        using var cursor = data.GetRowCursor(needed);
        var label = cursor.GetGetter<bool>(data.Schema[TrainingData.TargetColumn]);
        var getters = columns.Select(c => cursor.GetGetter<ReadOnlyMemory<char>>(data.Schema[c])).ToArray();
        var (y, text) = (false, default(ReadOnlyMemory<char>));
        while (cursor.MoveNext())
        {
            label(ref y);
            labels.Add(y);
            for (var i = 0; i < getters.Length; i++)
            {
                getters[i](ref text);
                levels[i].Add(text.ToString());
            }
        }
        return (labels, levels);
    }
}
