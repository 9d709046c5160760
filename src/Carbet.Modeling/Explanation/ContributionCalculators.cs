using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Explanation;

/// <summary>ML.NET's feature contribution calculation for the predictor of a loaded model, for the families that have one.</summary>
/// <remarks>The calculation is generic over the predictor's type, so each supported type is named here.
/// Linear models: weight × feature value; trees: the score change along each tree's decision path.</remarks>
internal static class ContributionCalculators
{
    public static IEstimator<ITransformer>? For(MLContext ml, ITransformer predictor, int slots) => predictor switch
    {
        ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> p =>
            ml.Transforms.CalculateFeatureContribution(p, slots, slots, normalize: false),
        ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> p =>
            ml.Transforms.CalculateFeatureContribution(p, slots, slots, normalize: false),
        ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> p =>
            ml.Transforms.CalculateFeatureContribution(p, slots, slots, normalize: false),
        ISingleFeaturePredictionTransformer<FastForestBinaryModelParameters> p =>
            ml.Transforms.CalculateFeatureContribution(p, slots, slots, normalize: false),
        ISingleFeaturePredictionTransformer<LinearBinaryModelParameters> p =>
            ml.Transforms.CalculateFeatureContribution(p, slots, slots, normalize: false),
        _ => null,
    };

    /// <summary>The last prediction transformer of a chain that is not a calibrator, looking inside nested chains (a trainer followed by a calibrator).</summary>
    public static ITransformer? Predictor(ITransformer model) => model switch
    {
        TransformerChain<ITransformer> chain => chain.Reverse().Select(Predictor).FirstOrDefault(p => p is not null),
        IPredictionTransformer<object> p when p.Model is not ICalibrator => model,
        _ => null,
    };
}
