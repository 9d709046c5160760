using System.Text.Json.Serialization;

namespace Carbet.Data.Validation;

/// <summary>No present value of a column appears twice; every repeat after the first counts as failing.</summary>
/// <param name="Column">The column checked.</param>
public sealed record UniqueExpectation(string Column) : Expectation($"unique({Column})")
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => "unique";
}
