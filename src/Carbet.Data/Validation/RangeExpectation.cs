using System.Text.Json.Serialization;

namespace Carbet.Data.Validation;

/// <summary>Present values of a numeric column lie within bounds (inclusive); missing values are not counted.</summary>
/// <param name="Column">The column checked.</param>
/// <param name="Min">The lowest allowed value, or null for no lower bound.</param>
/// <param name="Max">The highest allowed value, or null for no upper bound.</param>
/// <param name="Mostly">The share of values that must pass, from 0 to 1; the default is 1.</param>
public sealed record RangeExpectation(string Column, double? Min, double? Max, double Mostly = 1.0) : Expectation($"range({Column})")
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => "range";
}
