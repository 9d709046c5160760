using System.Collections.Immutable;

namespace Carbet.Core.Reports;

/// <summary>A histogram of contiguous bins.</summary>
/// <param name="Title">The chart title.</param>
/// <param name="Edges">The bin edges, one more than the counts.</param>
/// <param name="Counts">The count of each bin.</param>
public sealed record HistogramBlock(string Title, ImmutableArray<double> Edges, ImmutableArray<long> Counts) : ReportBlock;
