using System.Text.Json.Serialization;

using Carbet.Core;

namespace Carbet.Data.Validation;

/// <summary>The table has the columns of a reference schema, in order and of the same kinds.</summary>
/// <remarks>Whether a column may be missing is left to <see cref="NotNullExpectation"/>.</remarks>
/// <param name="Reference">The expected schema.</param>
public sealed record SchemaEqualsExpectation(TableSchema Reference) : Expectation("schema_equals")
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => "schema_equals";
}
