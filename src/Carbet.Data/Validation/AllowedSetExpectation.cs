using System.Text.Json.Serialization;

namespace Carbet.Data.Validation;

/// <summary>Present values of a column, as invariant text, are among a set of values.</summary>
/// <param name="Column">The column checked.</param>
/// <param name="Values">The allowed values, compared ordinally.</param>
public sealed record AllowedSetExpectation(string Column, IReadOnlyList<string> Values) : Expectation($"allowed_set({Column})")
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => "allowed_set";
}
