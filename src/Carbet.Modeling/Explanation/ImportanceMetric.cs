using Carbet.Modeling.Tasks;

namespace Carbet.Modeling.Explanation;

/// <summary>The metric a multiclass or regression permutation importance measures on the held-out predictions.</summary>
/// <param name="Name">How it is recorded, e.g. <c>macro_f1</c> or <c>rmse</c>.</param>
/// <param name="HigherIsBetter">True for a score (macro-F1), false for an error (RMSE, log loss).</param>
/// <param name="Measure">The metric of a set of predictions.</param>
public sealed record ImportanceMetric(string Name, bool HigherIsBetter, Func<TaskPredictions, double> Measure);
