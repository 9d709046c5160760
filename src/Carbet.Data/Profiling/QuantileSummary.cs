namespace Carbet.Data.Profiling;

/// <summary>Quantiles by linear interpolation between order statistics (numpy's and pandas' default).</summary>
public sealed record QuantileSummary(double P05, double P25, double P50, double P75, double P95);
