namespace Carbet.Data.Profiling;

/// <summary>How much one column says about the target on its own.</summary>
/// <param name="Column">The column.</param>
/// <param name="Auc">For a binary target: max(AUC, 1 − AUC) of the column as a score (a category scored by its target
/// rate); NaN otherwise.</param>
/// <param name="MutualInformation">Mutual information with the target in nats, numbers cut into quantile bins.</param>
public sealed record TargetRelation(string Column, double Auc, double MutualInformation);
