namespace Carbet.Data.Validation;

/// <summary>How <see cref="ExpectationSuggester"/> turns observed data into expectations.</summary>
/// <param name="RangeWiden">How far to widen observed ranges, as a share of their span on each side; the default is 0.</param>
/// <param name="MaxCategories">The most distinct values for which an allowed set is suggested; the default is 20.</param>
/// <param name="RowCountTolerance">The share by which the row count may shrink or grow; the default is 0.5.</param>
/// <param name="Bins">The number of reference quantile bins for numeric distributions; the default is 10.</param>
/// <param name="MaxPsi">The largest population stability index allowed; the default is 0.2.</param>
public sealed record SuggestOptions(
    double RangeWiden = 0.0, int MaxCategories = 20, double RowCountTolerance = 0.5, int Bins = 10, double MaxPsi = 0.2)
{
    /// <summary>The defaults.</summary>
    public static SuggestOptions Default { get; } = new();
}
