using Carbet.Core;

namespace Carbet.Data.Preparation;

/// <summary>Converts a column to another kind; values that cannot be converted become missing, and are counted.</summary>
/// <param name="Column">The column to convert.</param>
/// <param name="Kind">The new kind.</param>
public sealed record CastType(string Column, ColumnKind Kind) : RecipeStep("cast_type");
