using Carbet.Modeling.Training;

using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Carbet.Modeling.Families;

/// <summary>The featurisation of <see cref="LightGbmClassifierTrainer"/> followed by a family's trainer.</summary>
internal static class FamilyPipeline
{
    public static EstimatorChain<ITransformer> Build(MLContext ml, BinaryTrainingRequest request, IModelFamily family, HyperParameters parameters, int seed,
        FamilyFitOptions? options = null)
    {
        var encoded = request.CategoricalFeatures.Select(c => new InputOutputColumnPair(c + ".onehot", c)).ToArray();
        var features = request.NumericFeatures.Concat(encoded.Select(e => e.OutputColumnName)).ToArray();
        var pipeline = new EstimatorChain<ITransformer>()
            .Append<ITransformer>(ml.Transforms.CopyColumns(FamilyColumns.Label, TrainingData.TargetColumn));
        if (encoded.Length > 0)
            pipeline = pipeline.Append<ITransformer>(ml.Transforms.Categorical.OneHotEncoding(encoded));
        pipeline = pipeline.Append<ITransformer>(ml.Transforms.Concatenate(FamilyColumns.Features, features));
        if (!family.HandlesMissingValues)
            pipeline = pipeline.Append<ITransformer>(ml.Transforms.ReplaceMissingValues(
                FamilyColumns.Features, replacementMode: MissingValueReplacingEstimator.ReplacementMode.Mean));
        if (family.NeedsNormalization)
            pipeline = pipeline.Append<ITransformer>(ml.Transforms.NormalizeMeanVariance(FamilyColumns.Features));
        var trainer = family is ITransferable transferable && options is not null
            ? transferable.BuildTrainer(ml, parameters, seed, options)
            : family.BuildTrainer(ml, parameters, seed);
        return pipeline.Append(trainer);
    }
}
