using System.Collections.Immutable;

namespace Carbet.Data.Profiling;

/// <summary>A symmetric matrix of pairwise associations; NaN where undefined (a constant column).</summary>
/// <param name="Columns">The row and column names.</param>
/// <param name="Values">One row per column.</param>
public sealed record AssociationMatrix(ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<double>> Values);
