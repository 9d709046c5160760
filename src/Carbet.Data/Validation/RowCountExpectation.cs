using System.Text.Json.Serialization;

namespace Carbet.Data.Validation;

/// <summary>The table has a number of rows within bounds (inclusive).</summary>
/// <param name="Min">The fewest rows allowed, or null for no lower bound.</param>
/// <param name="Max">The most rows allowed, or null for no upper bound.</param>
public sealed record RowCountExpectation(long? Min, long? Max) : Expectation("row_count")
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => "row_count";
}
