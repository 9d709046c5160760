namespace Carbet.Evaluation.Fairness;

/// <summary>A categorical feature; each distinct value (compared ordinally) is a category.</summary>
/// <param name="Name">The feature's column name.</param>
/// <param name="Values">One value per row; <see langword="null"/> marks a missing value, which is a category of its own.</param>
public sealed record CategoricalProxyFeature(string Name, string?[] Values) : ProxyFeature(Name);
