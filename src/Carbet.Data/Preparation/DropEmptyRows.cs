namespace Carbet.Data.Preparation;

/// <summary>Drops rows whose every value is missing.</summary>
public sealed record DropEmptyRows() : RecipeStep("drop_empty_rows");
