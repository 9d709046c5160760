using System.Collections.Immutable;

namespace Carbet.Data.Profiling;

/// <summary>How the target's classes are spread.</summary>
/// <param name="Target">The target column.</param>
/// <param name="Classes">Rows per class, by count descending then value.</param>
/// <param name="Positive">The positive class of a binary target, else null.</param>
/// <param name="PositiveShare">The positive class's share of non-missing targets, else NaN.</param>
public sealed record ClassBalance(string Target, ImmutableArray<ValueCount> Classes, string? Positive, double PositiveShare);
