using System.Collections.Immutable;

using Carbet.Modeling.Curves;

namespace Carbet.Modeling.Families;

/// <summary>The AUC of a family across stratified folds.</summary>
public sealed record CrossValidationResult(string Family, HyperParameters Parameters, ImmutableArray<CrossValidationFold> Folds)
{
    /// <summary>The curves measured on the folds' held-out rows: <see cref="CurveNames.FoldAuc"/> for every family, and for
    /// boosted trees <see cref="CurveNames.CvLogLoss"/> and <see cref="CurveNames.CvAuc"/> by iteration, averaged over the folds.</summary>
    public ImmutableArray<TrainingCurve> Curves { get; init; } = [];

    /// <summary>The mean AUC over the folds.</summary>
    public double MeanAuc => Folds.Average(f => f.Auc);

    /// <summary>The population standard deviation of the folds' AUC.</summary>
    public double StdAuc => Math.Sqrt(Folds.Average(f => (f.Auc - MeanAuc) * (f.Auc - MeanAuc)));
}
