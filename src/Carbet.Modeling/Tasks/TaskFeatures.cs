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
    public static FeaturePlan Plan(TaskTrainingRequest request, IDataView data) =>
        FeaturePlanner.Plan(request.NumericFeatures, request.CategoricalFeatures, request.DateFeatures, request.Features, data, binaryLabel: null);

    /// <summary>The features of <paramref name="plan"/>, missing values and scaling as the family needs, then its trainer.</summary>
    public static EstimatorChain<ITransformer> Build(MLContext ml, FeaturePlan plan, ITaskFamily family, Families.HyperParameters values, int seed)
    {
        var chain = FeatureVector.Append(ml, new EstimatorChain<ITransformer>(), plan, TaskColumns.Features,
            fillMissing: !family.HandlesMissingValues, normalize: family.NeedsNormalization);
        return chain.Append(family.BuildTrainer(ml, values, seed));
    }
}
