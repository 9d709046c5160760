namespace Carbet.Data.Preparation;

/// <summary>Renames columns.</summary>
/// <param name="Mapping">Old name to new name.</param>
public sealed record Rename(IReadOnlyDictionary<string, string> Mapping) : RecipeStep("rename");
