namespace Carbet.Modeling.Features;

/// <summary>Backward elimination: a candidate feature is dropped when cross-validation without it loses less AUC than a tolerance.</summary>
public sealed record FeatureSelectionOptions
{
    /// <value>The largest loss of mean CV AUC a drop may cost, 0 to 0.1. The default is 0.001.</value>
    public double Tolerance { get; init; } = 0.001;

    /// <value>How many of the least informative columns are tried, 1 to 50; the cost is one cross-validation per candidate. The default is 5.</value>
    public int Candidates { get; init; } = 5;
}
