using System.Collections.Immutable;

using Carbet.Modeling.Families;

namespace Carbet.Modeling.Tasks;

/// <summary>A family's held-out predictions on each cross-validation fold; metrics are computed from them by the caller.</summary>
/// <param name="Family">The family's name.</param>
/// <param name="Parameters">The hyperparameters, defaults filled in.</param>
/// <param name="Method"><c>stratified</c> (by class) for multiclass, <c>random</c> for regression, <c>time-ordered expanding window</c>
/// for either when the request has a time column.</param>
/// <param name="Folds">The folds in order.</param>
public sealed record TaskCrossValidationResult(string Family, HyperParameters Parameters, string Method, ImmutableArray<TaskFold> Folds)
{
    /// <summary>The mean fit time over the folds: the "faster" of the selection rules.</summary>
    public TimeSpan MeanFitTime => TimeSpan.FromSeconds(Folds.Average(f => f.FitTime.TotalSeconds));

    /// <value>Curves by boosting iteration averaged over the folds (held-out RMSE of boosted regression trees), when asked
    /// for and the family boosts trees. The default is none.</value>
    public ImmutableArray<Curves.TrainingCurve> Curves { get; init; } = [];
}
