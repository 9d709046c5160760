namespace Carbet.Data.Preparation;

/// <summary>Renames every column to snake_case: <c>Monthly Income (€)</c> becomes <c>monthly_income</c>.</summary>
public sealed record RenameToSnakeCase() : RecipeStep("rename_to_snake_case")
{
    /// <summary>The snake_case form of a name, as this step writes it.</summary>
    public static string ToSnakeCase(string name) => NameOperations.ToSnakeCase(name);
}
