using System.Collections.Immutable;

namespace Carbet.Core.Reports;

/// <summary>A square matrix of values in [-1, 1], such as correlations; NaN cells are left blank.</summary>
/// <param name="Title">The chart title.</param>
/// <param name="Labels">The row and column labels.</param>
/// <param name="Matrix">One row per label, one value per label in each row.</param>
public sealed record HeatmapBlock(string Title, ImmutableArray<string> Labels, ImmutableArray<ImmutableArray<double>> Matrix) : ReportBlock;
