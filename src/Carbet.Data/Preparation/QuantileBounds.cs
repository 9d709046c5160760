namespace Carbet.Data.Preparation;

/// <summary>The learned bounds of one column.</summary>
/// <param name="Low">The lowest value kept as is.</param>
/// <param name="High">The highest value kept as is.</param>
public sealed record QuantileBounds(double Low, double High);
