namespace Carbet.Evaluation.Fairness;

/// <summary>The rate that per-group thresholds bring level across groups.</summary>
public enum FairnessCriterion
{
    /// <summary>Each group's true positive rate as close as possible to the overall one: positives are found equally often.</summary>
    EqualOpportunity,

    /// <summary>Each group's selection rate as close as possible to the overall one: groups are selected equally often.</summary>
    DemographicParity,
}
