using System.Collections.Immutable;

namespace Carbet.Core.Reports;

/// <summary>One headed section of a report.</summary>
/// <param name="Heading">The section heading.</param>
/// <param name="Blocks">The content, in reading order.</param>
public sealed record ReportSection(string Heading, ImmutableArray<ReportBlock> Blocks);
