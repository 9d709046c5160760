using System.Text.Json.Serialization;

namespace Carbet.Data.Validation;

/// <summary>A rule a table is expected to follow; a plain settings record, checked by <see cref="Validator"/>.</summary>
/// <param name="Name">A short label for messages, such as <c>not_null(income)</c>.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(NotNullExpectation), "not_null")]
[JsonDerivedType(typeof(RangeExpectation), "range")]
[JsonDerivedType(typeof(AllowedSetExpectation), "allowed_set")]
[JsonDerivedType(typeof(RegexExpectation), "regex")]
[JsonDerivedType(typeof(UniqueExpectation), "unique")]
[JsonDerivedType(typeof(RowCountExpectation), "row_count")]
[JsonDerivedType(typeof(SchemaEqualsExpectation), "schema_equals")]
[JsonDerivedType(typeof(DistributionCloseExpectation), "distribution_close")]
public abstract record Expectation(string Name)
{
    /// <summary>The stable type name used in carbet.yaml and JSON, such as <c>not_null</c>.</summary>
    [JsonIgnore]
    public abstract string Type { get; }
}
