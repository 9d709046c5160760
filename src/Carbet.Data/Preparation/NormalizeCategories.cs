namespace Carbet.Data.Preparation;

/// <summary>Folds spelling variants of labels into one value: <c>Guadeloupe</c>, <c>guadeloupe </c> and, with a
/// mapping, <c>GPE</c> all become <c>guadeloupe</c>.</summary>
/// <remarks>Mapping keys and values are normalised like the data, so they can be written as they appear.</remarks>
/// <param name="Columns">The columns to normalise; null or empty means every category and text column.</param>
/// <param name="LowerCase">Whether to lower-case (invariant); the default is true.</param>
/// <param name="StripAccents">Whether to remove diacritics (<c>française</c> to <c>francaise</c>); the default is true.</param>
/// <param name="CollapseSpaces">Whether to trim and turn runs of whitespace into one space; the default is true.</param>
/// <param name="Mapping">Per column, variant to canonical value, applied after normalising.</param>
public sealed record NormalizeCategories(
    IReadOnlyList<string>? Columns = null,
    bool LowerCase = true,
    bool StripAccents = true,
    bool CollapseSpaces = true,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Mapping = null) : RecipeStep("normalize_categories");
