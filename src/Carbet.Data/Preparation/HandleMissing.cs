namespace Carbet.Data.Preparation;

/// <summary>Fills or drops missing values, optionally adding a 0/1 column <c>&lt;name&gt;_missing</c> per column.</summary>
/// <param name="Columns">The columns to handle; null or empty means every column with missing values (date columns
/// are skipped unless the strategy is <see cref="MissingStrategy.Drop"/>).</param>
/// <param name="Strategy">How to handle them; the default is <see cref="MissingStrategy.Median"/>, which falls back
/// to the mode for boolean and text columns when applied to all columns.</param>
/// <param name="Value">The fill value for <see cref="MissingStrategy.Constant"/>, as invariant text.</param>
/// <param name="AddIndicator">Whether to add the indicator columns; the default is true (not for Drop).</param>
/// <param name="Fills">Null to learn fill values from the data; once fitted, column to fill value (invariant text).</param>
public sealed record HandleMissing(
    IReadOnlyList<string>? Columns = null,
    MissingStrategy Strategy = MissingStrategy.Median,
    string? Value = null,
    bool AddIndicator = true,
    IReadOnlyDictionary<string, string>? Fills = null) : RecipeStep("handle_missing");
