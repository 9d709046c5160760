namespace Carbet.Evaluation.Fairness;

/// <summary>Per-group rates and Fairlearn's between-groups disparities: differences are max − min, ratios min / max.</summary>
/// <param name="Groups">The groups, in ordinal order of their names.</param>
/// <param name="DemographicParityDifference">The spread of selection rates.</param>
/// <param name="DemographicParityRatio">The ratio of selection rates (the disparate impact ratio).</param>
/// <param name="TruePositiveRateDifference">The spread of TPRs, also the equal opportunity difference.</param>
/// <param name="TruePositiveRateRatio">The ratio of TPRs, also the equal opportunity ratio.</param>
/// <param name="FalsePositiveRateDifference">The spread of FPRs.</param>
/// <param name="FalsePositiveRateRatio">The ratio of FPRs.</param>
/// <param name="EqualizedOddsDifference">The larger of the TPR and FPR differences.</param>
/// <param name="EqualizedOddsRatio">The smaller of the TPR and FPR ratios.</param>
public sealed record FairnessEvaluation(
    IReadOnlyList<GroupRates> Groups,
    double DemographicParityDifference,
    double DemographicParityRatio,
    double TruePositiveRateDifference,
    double TruePositiveRateRatio,
    double FalsePositiveRateDifference,
    double FalsePositiveRateRatio,
    double EqualizedOddsDifference,
    double EqualizedOddsRatio);
