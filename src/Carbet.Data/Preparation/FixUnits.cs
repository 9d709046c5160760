namespace Carbet.Data.Preparation;

/// <summary>Repairs values typed in the wrong unit, such as a monthly income typed as annual (24000 rather than 2000).</summary>
/// <param name="Column">The numeric column to repair.</param>
/// <param name="Threshold">The value beyond which a value is taken to be in the wrong unit.</param>
/// <param name="Factor">The factor between the units, such as 12 for annual to monthly.</param>
/// <param name="Fix">Whether to divide values above the threshold or multiply values below it; the default divides.</param>
public sealed record FixUnits(string Column, double Threshold, double Factor, UnitFix Fix = UnitFix.DivideAbove) : RecipeStep("fix_units");
