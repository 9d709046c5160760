namespace Carbet.Data.Profiling;

/// <summary>The earliest and latest value of a date column.</summary>
public sealed record DateRange(DateTime Min, DateTime Max);
