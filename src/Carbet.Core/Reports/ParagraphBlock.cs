namespace Carbet.Core.Reports;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text; renderers escape it.</param>
public sealed record ParagraphBlock(string Text) : ReportBlock;
