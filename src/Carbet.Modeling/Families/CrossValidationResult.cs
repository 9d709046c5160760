using System.Collections.Immutable;

using Carbet.Modeling.Curves;

namespace Carbet.Modeling.Families;

/// <summary>The AUC of a family across cross-validation folds.</summary>
public sealed record CrossValidationResult(string Family, HyperParameters Parameters, ImmutableArray<CrossValidationFold> Folds)
{
    /// <summary>The curves measured on the folds' held-out rows: <see cref="CurveNames.FoldAuc"/> for every family, and for
    /// boosted trees <see cref="CurveNames.CvLogLoss"/> and <see cref="CurveNames.CvAuc"/> by iteration, averaged over the folds.</summary>
    public ImmutableArray<TrainingCurve> Curves { get; init; } = [];

    /// <value>How rows were assigned to folds: <c>stratified</c> or <c>time-ordered expanding window</c>. The default is stratified.</value>
    public string Method { get; init; } = "stratified";

    /// <summary>The mean AUC over the folds.</summary>
    public double MeanAuc => Folds.Average(f => f.Auc);

    /// <summary>The population standard deviation of the folds' AUC.</summary>
    public double StdAuc => Math.Sqrt(Folds.Average(f => (f.Auc - MeanAuc) * (f.Auc - MeanAuc)));
}
