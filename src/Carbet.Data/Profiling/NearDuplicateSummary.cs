namespace Carbet.Data.Profiling;

/// <summary>Ids that occur on several rows whose other values differ: the same entity recorded twice, inconsistently.</summary>
/// <param name="IdColumn">The id column.</param>
/// <param name="Ids">Ids repeated with differing values.</param>
/// <param name="Rows">Rows carrying those ids.</param>
public sealed record NearDuplicateSummary(string IdColumn, long Ids, long Rows);
