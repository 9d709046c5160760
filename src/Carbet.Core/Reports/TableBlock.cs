using System.Collections.Immutable;

namespace Carbet.Core.Reports;

/// <summary>A table of already formatted cells.</summary>
/// <param name="Headers">The column headers.</param>
/// <param name="Rows">The rows; each has one cell per header.</param>
public sealed record TableBlock(ImmutableArray<string> Headers, ImmutableArray<ImmutableArray<string>> Rows) : ReportBlock;
