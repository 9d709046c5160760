namespace Carbet.Evaluation.Fairness;

/// <summary>A numeric feature, cut into quantile bins (<see cref="ProxyOptions.NumericBins"/>) before it is scored.</summary>
/// <param name="Name">The feature's column name.</param>
/// <param name="Values">One value per row; <see cref="double.NaN"/> marks a missing value, which gets a bin of its own.</param>
public sealed record NumericProxyFeature(string Name, double[] Values) : ProxyFeature(Name);
