namespace Carbet.Data.Profiling;

/// <summary>A value, as invariant text, and how many rows hold it.</summary>
public sealed record ValueCount(string Value, long Count);
