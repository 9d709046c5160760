namespace Carbet.Data.Preparation;

/// <summary>A recipe whose steps carry the values learned on the training data (fill values, clip bounds, empty
/// columns), so applying it to new data reuses them rather than learning them again.</summary>
/// <param name="Recipe">The recipe with learned values set; store it with <see cref="Recipe.ToJson"/>.</param>
public sealed record FittedRecipe(Recipe Recipe);
