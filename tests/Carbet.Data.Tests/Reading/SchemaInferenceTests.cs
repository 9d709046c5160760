using Carbet.Core;
using Carbet.Data.Reading;

namespace Carbet.Data.Tests.Reading;

public sealed class SchemaInferenceTests
{
    [Theory]
    [InlineData("x", new[] { "yes", "no", "Yes" }, ColumnKind.Boolean)]
    [InlineData("x", new[] { "0", "1", "1" }, ColumnKind.Boolean)]
    [InlineData("x", new[] { "1", "2", "2" }, ColumnKind.Integer)]
    [InlineData("customerID", new[] { "1", "2", "3" }, ColumnKind.Identifier)]
    [InlineData("x", new[] { "1", "2.5" }, ColumnKind.Number)]
    [InlineData("x", new[] { "2024-01-01", "31/12/2023" }, ColumnKind.DateTime)]
    [InlineData("x", new[] { "red", "blue", "red" }, ColumnKind.Category)]
    public void Infer_Values_GivesKind(string name, string[] values, ColumnKind expected)
    {
        Assert.Equal(expected, SchemaInference.Infer(name, values));
    }

    [Fact]
    public void Infer_ManyDistinctWords_IsTextButCodesAreIdentifiers()
    {
        Assert.Equal(ColumnKind.Text, SchemaInference.Infer("comment", Enumerable.Range(0, 100).Select(i => $"note number {i}")));
        Assert.Equal(ColumnKind.Identifier, SchemaInference.Infer("ref", Enumerable.Range(0, 100).Select(i => $"AB-{i:D4}")));
    }

    [Theory]
    [InlineData("PassengerId", true)]
    [InlineData("customerID", true)]
    [InlineData("c_case_number", true)]
    [InlineData("paid", false)]
    [InlineData("valid", false)]
    public void LooksLikeIdentifierName_Name_Detects(string name, bool expected)
    {
        Assert.Equal(expected, SchemaInference.LooksLikeIdentifierName(name));
    }
}
