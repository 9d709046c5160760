namespace Carbet.Data.Profiling;

/// <summary>The correlation ratio η of a numeric column on a category column: √(between-category variance / total variance).</summary>
public sealed record CorrelationRatio(string Numeric, string Category, double Eta);
