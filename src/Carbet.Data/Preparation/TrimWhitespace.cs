namespace Carbet.Data.Preparation;

/// <summary>Trims leading and trailing whitespace from every text value; a value left empty becomes missing.</summary>
public sealed record TrimWhitespace() : RecipeStep("trim_whitespace");
