using System.Text.Json.Serialization;

namespace Carbet.Data.Validation;

/// <summary>Present values of a column, as invariant text, match a regular expression.</summary>
/// <param name="Column">The column checked.</param>
/// <param name="Pattern">A .NET regular expression, matched anywhere unless anchored with <c>^</c> and <c>$</c>.</param>
public sealed record RegexExpectation(string Column, string Pattern) : Expectation($"regex({Column})")
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => "regex";
}
