using System.Text.Json;

using Carbet.Core;
using Carbet.Server.Web;

namespace Carbet.Web.Tests;

/// <summary>The prediction form's fields become the JSON row the API would receive.</summary>
public sealed class FormRowTests
{
    [Theory]
    [InlineData(ColumnKind.Number, "1234.5", "1234.5")]
    [InlineData(ColumnKind.Number, "1234,5", "1234.5")]
    [InlineData(ColumnKind.Integer, "", "null")]
    [InlineData(ColumnKind.Number, "lots", "\"lots\"")]
    [InlineData(ColumnKind.Boolean, "true", "true")]
    [InlineData(ColumnKind.Boolean, "maybe", "\"maybe\"")]
    [InlineData(ColumnKind.Category, "Guadeloupe", "\"Guadeloupe\"")]
    [InlineData(ColumnKind.DateTime, "2025-03-31", "\"2025-03-31\"")]
    public void Value_FieldText_IsTypedAsTheApiExpects(ColumnKind kind, string text, string json) =>
        Assert.Equal(json, FormRow.Value(kind, text).GetRawText());

    [Fact]
    public void From_Form_KeepsOnlyTheSignatureColumns()
    {
        var signature = new TableSchema([new ColumnSchema("age", ColumnKind.Integer), new ColumnSchema("territory", ColumnKind.Category)]);
        var form = new Microsoft.AspNetCore.Http.FormCollection(new()
        {
            ["f.age"] = "41",
            ["f.territory"] = " GPE ",
            ["f.extra"] = "ignored",
            ["__carbet_form"] = "token",
        });
        var row = FormRow.From(form, signature);
        Assert.Equal(["age", "territory"], row.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(41, row["age"].GetDouble());
        Assert.Equal(JsonValueKind.String, row["territory"].ValueKind);
        Assert.Equal("GPE", row["territory"].GetString());
    }
}
