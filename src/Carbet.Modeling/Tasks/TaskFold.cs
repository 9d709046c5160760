namespace Carbet.Modeling.Tasks;

/// <summary>One fold of a cross-validation: a model fitted on the other folds and its predictions for this one.</summary>
/// <param name="Index">The fold number, from 0.</param>
/// <param name="TrainRows">The rows the fold's model was fitted on.</param>
/// <param name="FitTime">How long the fit took.</param>
/// <param name="Predictions">The predictions for the fold's held-out rows.</param>
public sealed record TaskFold(int Index, long TrainRows, TimeSpan FitTime, TaskPredictions Predictions);
