using System.Collections.Immutable;

namespace Carbet.Core.Reports;

/// <summary>A report as data: a title and sections of blocks, with no markup, so any renderer can format it.</summary>
/// <param name="Title">The page title.</param>
/// <param name="Sections">The sections, in reading order.</param>
public sealed record ReportDocument(string Title, ImmutableArray<ReportSection> Sections);
