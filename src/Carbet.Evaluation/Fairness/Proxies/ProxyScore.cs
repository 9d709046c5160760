namespace Carbet.Evaluation.Fairness;

/// <summary>How well one feature predicts the sensitive attribute.</summary>
/// <param name="Feature">The feature's name.</param>
/// <param name="Auc">The out-of-fold AUC of a one-feature model (per-category group frequencies, Laplace-smoothed);
/// one-vs-rest weighted by group prevalence past two groups. Below 0.5 is possible and reported as is.</param>
/// <param name="CramersV">Cramér's V of the feature category × group table, without bias correction.</param>
/// <param name="MutualInformation">The mutual information of feature categories and groups, in nats.</param>
/// <param name="NormalizedMutualInformation">The mutual information over the arithmetic mean of the two entropies.</param>
/// <param name="Strong">Whether the AUC or Cramér's V reaches its threshold in <see cref="ProxyOptions"/>.</param>
/// <param name="Reason">One sentence saying what the feature predicts and whether that makes it a strong proxy.</param>
public sealed record ProxyScore(
    string Feature, double Auc, double CramersV, double MutualInformation, double NormalizedMutualInformation, bool Strong, string Reason);
