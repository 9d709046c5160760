using System.Collections.Immutable;

namespace Carbet.Data.Profiling;

/// <summary>The missing values of a column.</summary>
/// <param name="Count">Rows missing a value.</param>
/// <param name="Share">Count over the number of rows (0 for an empty table).</param>
/// <param name="ByToken">How often each missing marker was read in the source.</param>
public sealed record MissingSummary(long Count, double Share, ImmutableSortedDictionary<string, int> ByToken);
