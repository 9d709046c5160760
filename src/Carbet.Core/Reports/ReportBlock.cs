namespace Carbet.Core.Reports;

/// <summary>A piece of report content: text, a table, an alert or a chart.</summary>
public abstract record ReportBlock;
