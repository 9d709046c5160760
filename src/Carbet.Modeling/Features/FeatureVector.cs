using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Carbet.Modeling.Features;

/// <summary>Turns a <see cref="FeaturePlan"/>'s columns into one feature vector, then fills missing values and scales it
/// where a family needs that; every task (binary, multiclass, regression) builds its features here.</summary>
internal static class FeatureVector
{
    /// <summary>The column a target-encoded input is read from: its out-of-fold encoding, appended before fitting.</summary>
    public static string TargetEncoded(string column) => column + ".target";

    public static EstimatorChain<ITransformer> Append(MLContext ml, EstimatorChain<ITransformer> chain, FeaturePlan plan, string featuresColumn,
        bool fillMissing, bool normalize)
    {
        var features = new List<string>();
        foreach (var column in plan.Columns)
        {
            var name = column.Column;
            if (column.MissingIndicator)
            {
                chain = chain.Append<ITransformer>(ml.Transforms.IndicateMissingValues(name + ".missing", name))
                    .Append<ITransformer>(ml.Transforms.Conversion.ConvertType(name + ".missing", outputKind: DataKind.Single));
                features.Add(name + ".missing");
            }
            (chain, var output) = column.Encoding switch
            {
                ColumnEncoding.Binned => (chain.Append<ITransformer>(ml.Transforms.NormalizeBinning(name + ".bin", name, fixZero: false, maximumBinCount: plan.Options.Bins)), name + ".bin"),
                ColumnEncoding.OneHot => (chain.Append<ITransformer>(ml.Transforms.Categorical.OneHotEncoding(name + ".onehot", name)), name + ".onehot"),
                ColumnEncoding.Hashed => (chain.Append<ITransformer>(ml.Transforms.Categorical.OneHotHashEncoding(name + ".hash", name, numberOfBits: plan.Options.HashBits)), name + ".hash"),
                ColumnEncoding.TargetEncoded => (chain, TargetEncoded(name)),
                ColumnEncoding.DateParts => (AppendDateParts(ml, chain, column), name + ".parts"),
                _ => (chain, name),
            };
            features.Add(output);
        }
        chain = chain.Append<ITransformer>(ml.Transforms.Concatenate(featuresColumn, [.. features]));
        if (fillMissing)
            chain = chain.Append<ITransformer>(ml.Transforms.ReplaceMissingValues(featuresColumn, replacementMode: MissingValueReplacingEstimator.ReplacementMode.Mean));
        if (normalize)
            chain = chain.Append<ITransformer>(ml.Transforms.NormalizeMeanVariance(featuresColumn));
        return chain;
    }

    // the mappings read and write fixed names, so each date column is copied in and its parts copied out
    private static EstimatorChain<ITransformer> AppendDateParts(MLContext ml, EstimatorChain<ITransformer> chain, ColumnPlan column)
    {
        chain = chain.Append<ITransformer>(ml.Transforms.CopyColumns(DateParts.Input, column.Column));
        chain = column.HasTime
            ? chain.Append<ITransformer>(ml.Transforms.CustomMapping(new TimestampPartsFactory().GetMapping(), DateParts.TimestampContract))
            : chain.Append<ITransformer>(ml.Transforms.CustomMapping(new DatePartsFactory().GetMapping(), DateParts.DateContract));
        return chain.Append<ITransformer>(ml.Transforms.CopyColumns(column.Column + ".parts", DateParts.Output));
    }
}
