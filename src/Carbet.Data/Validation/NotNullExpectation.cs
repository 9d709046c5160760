using System.Text.Json.Serialization;

namespace Carbet.Data.Validation;

/// <summary>Values of a column are present.</summary>
/// <param name="Column">The column checked.</param>
/// <param name="Mostly">The share of rows that must pass, from 0 to 1; the default is 1.</param>
public sealed record NotNullExpectation(string Column, double Mostly = 1.0) : Expectation($"not_null({Column})")
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => "not_null";
}
