using System.Text.Json;

using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Serving.Validation;

namespace Carbet.Serving.Tests.Validation;

public sealed class RowValidatorTests
{
    private static readonly TableSchema Signature = new([
        new ColumnSchema("age", ColumnKind.Integer, Nullable: false),
        new ColumnSchema("income", ColumnKind.Number, Nullable: true),
        new ColumnSchema("territory", ColumnKind.Category, Nullable: false),
        new ColumnSchema("owner", ColumnKind.Boolean, Nullable: false),
    ]);

    private static readonly TrainingDomain Domain = TrainingDomain.From(new DataTable("t", [
        new NumericColumn("age", ColumnKind.Integer, [20, 50, 80]),
        new NumericColumn("income", ColumnKind.Number, [1000, double.NaN, 3000]),
        TextColumn.FromValues("territory", ColumnKind.Category, ["guadeloupe", "martinique", null]),
        new NumericColumn("owner", ColumnKind.Boolean, [0, 1, 1]),
    ]), Signature);

    private static Dictionary<string, JsonElement> Row(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    private static (ValidatedRow? Row, List<FieldError> Errors) Check(string json, ValidationOptions? options = null)
    {
        var errors = new List<FieldError>();
        var row = new RowValidator(Signature, Domain, options ?? new ValidationOptions()).Check(3, Row(json), errors);
        return (row, errors);
    }

    [Fact]
    public void From_Table_RecordsRangesAndCategoriesSkippingMissing()
    {
        Assert.Equal(new NumericRange(1000, 3000), Domain.Ranges["income"]);
        Assert.Equal(["guadeloupe", "martinique"], Domain.Categories["territory"]);
        Assert.Equal(new NumericRange(0, 1), Domain.Ranges["owner"]);
    }

    [Fact]
    public void Check_ValidRow_GivesInvariantTextAndNoError()
    {
        var (row, errors) = Check("""{"age": 41, "income": 1500.5, "territory": "martinique", "owner": true}""");

        Assert.Empty(errors);
        Assert.Equal("41", row!.Values["age"]);
        Assert.Equal("1500.5", row.Values["income"]);
        Assert.Equal("1", row.Values["owner"]);
        Assert.Empty(row.OutOfDomain);
    }

    [Fact]
    public void Check_NullInNullableColumn_IsMissingValue()
    {
        var (row, errors) = Check("""{"age": 41, "income": null, "territory": "martinique", "owner": 0}""");

        Assert.Empty(errors);
        Assert.Null(row!.Values["income"]);
    }

    [Theory]
    [InlineData("""{"income": 1500, "territory": "martinique", "owner": true}""", "age", "is missing")]
    [InlineData("""{"age": "41", "income": 1500, "territory": "martinique", "owner": true}""", "age", "should be a number, not a string")]
    [InlineData("""{"age": null, "income": 1500, "territory": "martinique", "owner": true}""", "age", "is null")]
    [InlineData("""{"age": 41, "income": 1500, "territory": 971, "owner": true}""", "territory", "should be a string")]
    [InlineData("""{"age": 41, "income": 1500, "territory": "atlantis", "owner": true}""", "territory", "not a category the model knows")]
    [InlineData("""{"age": 41, "income": 1500, "territory": "martinique", "owner": "yes"}""", "owner", "true, false, 0 or 1")]
    [InlineData("""{"age": 41, "income": 9000, "territory": "martinique", "owner": true}""", "income", "outside the training domain")]
    [InlineData("""{"age": 41, "income": 1500, "territory": "martinique", "owner": true, "sex": "f"}""", "sex", "not an input of the model")]
    public void Check_BadField_NamesTheRowAndFieldAndRefuses(string json, string field, string message)
    {
        var (row, errors) = Check(json);

        Assert.Null(row);
        var error = Assert.Single(errors);
        Assert.Equal((3, field), (error.Row, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ValueWithinTheMargin_IsAccepted()
    {
        // income was 1000 to 3000 in training: a 10% margin of the 2000 width reaches 3200
        var (_, errors) = Check("""{"age": 41, "income": 3199, "territory": "martinique", "owner": true}""");

        Assert.Empty(errors);
    }

    [Fact]
    public void Check_UnknownCategoryMappedToOther_ScoresItAsOther()
    {
        var (row, errors) = Check("""{"age": 41, "income": 1500, "territory": "atlantis", "owner": true}""",
            new ValidationOptions { UnknownCategory = UnknownCategoryPolicy.MapToOther });

        Assert.Empty(errors);
        Assert.Equal(ValidationOptions.OtherCategory, row!.Values["territory"]);
    }

    [Fact]
    public void Check_OutOfDomainWithReviewPolicy_AcceptsAndNamesTheColumns()
    {
        var (row, errors) = Check("""{"age": 7, "income": 90000, "territory": "martinique", "owner": true}""",
            new ValidationOptions { OutOfDomain = OutOfDomainPolicy.Review });

        Assert.Empty(errors);
        Assert.Equal(["age", "income"], row!.OutOfDomain);
    }

    [Fact]
    public void Check_NoDomainRecorded_ChecksTypesOnly()
    {
        var errors = new List<FieldError>();
        var row = new RowValidator(Signature, TrainingDomain.None, new ValidationOptions())
            .Check(0, Row("""{"age": 400, "income": 1e9, "territory": "atlantis", "owner": false}"""), errors);

        Assert.Empty(errors);
        Assert.NotNull(row);
        Assert.False(TrainingDomain.None.IsKnown);
    }

    [Fact]
    public void Check_SeveralBadFields_ReportsEach()
    {
        var (_, errors) = Check("""{"age": "x", "territory": "atlantis", "owner": true}""");

        Assert.Equal(["age", "income", "territory"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }
}
