using System.Collections.Immutable;

namespace Carbet.Core.Reports;

/// <summary>Horizontal bars, one per label.</summary>
/// <param name="Title">The chart title.</param>
/// <param name="Labels">The bar labels.</param>
/// <param name="Values">One non-negative value per label.</param>
public sealed record BarChartBlock(string Title, ImmutableArray<string> Labels, ImmutableArray<double> Values) : ReportBlock;
