using System.Collections.Immutable;

namespace Carbet.Core.Reports;

/// <summary>Lines on shared axes, such as the ROC curves of several models.</summary>
/// <param name="Title">The chart title.</param>
/// <param name="XLabel">The horizontal axis label.</param>
/// <param name="YLabel">The vertical axis label.</param>
/// <param name="Series">The lines, each drawn in its own colour and named in the legend.</param>
public sealed record LineChartBlock(string Title, string XLabel, string YLabel, ImmutableArray<LineSeries> Series) : ReportBlock;

/// <summary>One line of a <see cref="LineChartBlock"/>.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Points">The points, joined in the order given; points with a non-finite coordinate are skipped.</param>
public sealed record LineSeries(string Name, ImmutableArray<ChartPoint> Points);

/// <summary>A point of a line chart.</summary>
public readonly record struct ChartPoint(double X, double Y);
