namespace Carbet.Core.Reports;

/// <summary>A highlighted message.</summary>
/// <param name="Level">How serious it is.</param>
/// <param name="Text">The message; renderers escape it.</param>
public sealed record AlertBlock(AlertLevel Level, string Text) : ReportBlock;
