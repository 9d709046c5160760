namespace Carbet.Data.Preparation;

/// <summary>Clips or flags numeric values outside quantile bounds.</summary>
/// <remarks>Quantiles are nearest-rank, so bounds are observed values and integer columns stay whole.</remarks>
/// <param name="Columns">The columns; null or empty means every integer and number column.</param>
/// <param name="Strategy">Clip to the bounds, or flag in a 0/1 column <c>&lt;name&gt;_outlier</c>; the default clips.</param>
/// <param name="Lower">The lower quantile; the default is 0.01.</param>
/// <param name="Upper">The upper quantile; the default is 0.99.</param>
/// <param name="Bounds">Null to learn bounds from the data; once fitted, column to bounds.</param>
public sealed record Outliers(
    IReadOnlyList<string>? Columns = null,
    OutlierStrategy Strategy = OutlierStrategy.ClipQuantiles,
    double Lower = 0.01,
    double Upper = 0.99,
    IReadOnlyDictionary<string, QuantileBounds>? Bounds = null) : RecipeStep("outliers");
