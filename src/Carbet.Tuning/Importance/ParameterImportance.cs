namespace Carbet.Tuning.Importance;

/// <summary>How much of the objective's variation one hyperparameter explains; the importances of a study sum to 1.</summary>
/// <param name="Name">The parameter.</param>
/// <param name="Importance">Its share, from 0 to 1.</param>
public sealed record ParameterImportance(string Name, double Importance);
