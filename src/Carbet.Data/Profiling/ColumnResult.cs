namespace Carbet.Data.Profiling;

/// <summary>What one pass over a column yields: its profile, and what the later pairwise steps reuse.</summary>
/// <param name="Profile">The column profile.</param>
/// <param name="Ranks">Twice the midrank over the present values (0 where missing), kept only for association columns.</param>
/// <param name="Relation">The relation to the target, when one is set and the column is scored.</param>
internal sealed record ColumnResult(ColumnProfile Profile, int[]? Ranks, TargetRelation? Relation);
