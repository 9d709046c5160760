namespace Carbet.Data.Preparation;

/// <summary>Drops named columns, with the reason recorded in the report.</summary>
/// <param name="Columns">The columns to drop.</param>
/// <param name="Reason">Why: <c>excluded</c>, <c>leakage</c>, <c>empty</c>, ...; the default is <c>excluded</c>.</param>
public sealed record DropColumns(IReadOnlyList<string> Columns, string Reason = "excluded") : RecipeStep("drop_columns");
