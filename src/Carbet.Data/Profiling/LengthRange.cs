namespace Carbet.Data.Profiling;

/// <summary>The shortest and longest value of a text column, in UTF-16 characters.</summary>
public sealed record LengthRange(int Min, int Max);
