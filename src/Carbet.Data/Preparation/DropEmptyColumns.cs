namespace Carbet.Data.Preparation;

/// <summary>Drops columns whose every value is missing.</summary>
/// <param name="Columns">Null to find the empty columns in the data; once fitted, the columns to drop on replay.</param>
public sealed record DropEmptyColumns(IReadOnlyList<string>? Columns = null) : RecipeStep("drop_empty_columns");
