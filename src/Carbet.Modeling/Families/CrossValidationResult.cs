using System.Collections.Immutable;

namespace Carbet.Modeling.Families;

/// <summary>The AUC of a family across stratified folds.</summary>
public sealed record CrossValidationResult(string Family, HyperParameters Parameters, ImmutableArray<CrossValidationFold> Folds)
{
    /// <summary>The mean AUC over the folds.</summary>
    public double MeanAuc => Folds.Average(f => f.Auc);

    /// <summary>The population standard deviation of the folds' AUC.</summary>
    public double StdAuc => Math.Sqrt(Folds.Average(f => (f.Auc - MeanAuc) * (f.Auc - MeanAuc)));
}
