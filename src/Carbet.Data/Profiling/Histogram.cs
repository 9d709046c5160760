using System.Collections.Immutable;

namespace Carbet.Data.Profiling;

/// <summary>Equal-width bins from the minimum to the maximum; each bin holds values from its lower edge up to its
/// upper edge, the last one including the maximum.</summary>
/// <param name="Edges">The bin edges, one more than the counts.</param>
/// <param name="Counts">The count of each bin; they sum to the number of non-missing values.</param>
public sealed record Histogram(ImmutableArray<double> Edges, ImmutableArray<long> Counts);
