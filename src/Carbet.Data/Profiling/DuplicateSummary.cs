namespace Carbet.Data.Profiling;

/// <summary>Rows equal on every column (missing equal to missing).</summary>
/// <param name="DuplicateRows">Rows equal to an earlier row.</param>
/// <param name="Share">DuplicateRows over the number of rows.</param>
/// <param name="DuplicateGroups">Distinct rows that occur more than once.</param>
/// <param name="RowsInDuplicateGroups">Rows that have at least one twin.</param>
public sealed record DuplicateSummary(long DuplicateRows, double Share, long DuplicateGroups, long RowsInDuplicateGroups);
