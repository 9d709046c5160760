namespace Carbet.Data.Profiling;

/// <summary>The distribution of a numeric column's non-missing values.</summary>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Mean">The mean.</param>
/// <param name="Std">The sample standard deviation (n − 1 denominator, as pandas); NaN for one value.</param>
/// <param name="Quantiles">The 5%, 25%, 50%, 75% and 95% quantiles.</param>
/// <param name="Zeros">How many values are exactly zero.</param>
/// <param name="Histogram">Equal-width bins.</param>
public sealed record NumericSummary(double Min, double Max, double Mean, double Std, QuantileSummary Quantiles, long Zeros, Histogram Histogram);
