using System.Text.Json.Serialization;

namespace Carbet.Data.Validation;

/// <summary>The distribution of a column stays close to a reference, measured by the population stability index.</summary>
/// <remarks>Numeric: set <paramref name="Edges"/> (the reference quantile cut points; a value equal to an edge falls in
/// the lower bin) and one share per bin, so <c>Edges.Count + 1</c> shares. Categorical: set <paramref name="Categories"/>
/// and one share per category; values outside them fall in an extra bin with a reference share of zero.
/// Missing values are not counted.</remarks>
/// <param name="Column">The column checked.</param>
/// <param name="Edges">The bin edges of a numeric reference, ascending; empty for a categorical one.</param>
/// <param name="Categories">The categories of a categorical reference; empty for a numeric one.</param>
/// <param name="Shares">The reference share of each bin or category, summing to 1.</param>
/// <param name="MaxPsi">The largest index that passes; the default is 0.2.</param>
public sealed record DistributionCloseExpectation(
    string Column, IReadOnlyList<double> Edges, IReadOnlyList<string> Categories, IReadOnlyList<double> Shares, double MaxPsi = 0.2)
    : Expectation($"distribution_close({Column})")
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => "distribution_close";
}
