using Carbet.Modeling.Families;

namespace Carbet.Modeling.Tasks;

/// <summary>A family fitted on every training row and its predictions for the test rows.</summary>
/// <param name="Family">The family's name.</param>
/// <param name="Parameters">The hyperparameters it was fitted with, defaults filled in.</param>
/// <param name="ModelFile">The ML.NET model archive (zip) bytes; it reads the raw input columns.</param>
/// <param name="TrainRows">The rows it was fitted on.</param>
/// <param name="FitTime">How long the fit took.</param>
/// <param name="InferencePerRow">Scoring time of the test rows divided by their number.</param>
/// <param name="Test">The predictions for the test rows.</param>
public sealed record TaskFitResult(string Family, HyperParameters Parameters, byte[] ModelFile, long TrainRows, TimeSpan FitTime,
    TimeSpan InferencePerRow, TaskPredictions Test);
