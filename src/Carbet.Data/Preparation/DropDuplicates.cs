namespace Carbet.Data.Preparation;

/// <summary>Drops rows identical to an earlier row in every column.</summary>
/// <param name="IdColumn">When set, rows that share an id but differ elsewhere are reported (not dropped) as near-duplicates.</param>
public sealed record DropDuplicates(string? IdColumn = null) : RecipeStep("drop_duplicates");
