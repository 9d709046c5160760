namespace Carbet.Evaluation.Fairness;

/// <summary>One between-groups disparity, as Fairlearn's <c>method='between_groups'</c>: a difference is max − min, a ratio min / max.</summary>
/// <param name="Metric">One of <c>demographic_parity_difference</c>, <c>demographic_parity_ratio</c>, <c>equalized_odds_difference</c>,
/// <c>equalized_odds_ratio</c>, <c>equal_opportunity_difference</c> and <c>equal_opportunity_ratio</c>.</param>
/// <param name="Value">The disparity, or NaN when fewer than two groups define the rates it compares.</param>
/// <param name="Interval">Its bootstrap interval, or null when none was computed or too few resamples defined it.</param>
public sealed record Disparity(string Metric, double Value, Interval? Interval);
