using System.Text.Json;

using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Data.Validation;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Validation;

public sealed class ExpectationSuggesterTests
{
    private static DataTable Applications() => Table(
        TextColumn.FromValues("application_id", ColumnKind.Identifier, [.. Enumerable.Range(0, 40).Select(i => $"a{i}")]),
        Numbers("income", [.. Enumerable.Range(0, 40).Select(i => i == 7 ? double.NaN : 1000 + (i * i))]),
        Category("territory", [.. Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? "guadeloupe" : "martinique")]),
        new NumericColumn("default_12m", ColumnKind.Boolean, [.. Enumerable.Range(0, 40).Select(i => i % 4 == 0 ? 1.0 : 0.0)]),
        new DateTimeColumn("application_date", [.. Enumerable.Range(0, 40).Select(i => new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i).Ticks)], false));

    [Fact]
    public void Suggest_Table_ExpectedKinds()
    {
        var suggested = ExpectationSuggester.Suggest(Applications(), SuggestOptions.Default);

        var names = suggested.Select(e => e.Name).ToList();
        Assert.Contains("unique(application_id)", names);
        Assert.Contains("range(income)", names);
        Assert.DoesNotContain("not_null(income)", names);
        Assert.Contains("not_null(territory)", names);
        Assert.Contains("allowed_set(territory)", names);
        Assert.Contains("distribution_close(income)", names);
        Assert.Contains("distribution_close(territory)", names);
        Assert.Equal(new RowCountExpectation(20, 60), suggested.OfType<RowCountExpectation>().Single());
        Assert.Equal(["allowed_set", "distribution_close", "not_null", "range", "row_count", "schema_equals", "unique"],
            suggested.Select(e => e.Type).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Suggest_ThenValidateSameTable_AllPass()
    {
        var table = Applications();

        var result = Validator.Validate(table, ExpectationSuggester.Suggest(table, SuggestOptions.Default), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, string.Join(" ", result.Results.Where(r => !r.Passed).Select(r => r.Message)));
    }

    [Fact]
    public void Suggest_RangeWiden_WidensBySpanShare()
    {
        var range = ExpectationSuggester.Suggest(Table(Numbers("x", 10, 20)), SuggestOptions.Default with { RangeWiden = 0.1 })
            .OfType<RangeExpectation>().Single();

        Assert.Equal((9.0, 21.0), (range.Min!.Value, range.Max!.Value));
    }

    [Fact]
    public void ValidationJson_Write_SnakeCaseWithTypes()
    {
        var table = Applications();
        var result = Validator.Validate(table, [.. ExpectationSuggester.Suggest(table, SuggestOptions.Default), new NotNullExpectation("income")],
            TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(ValidationJson.Write(result));

        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("failed_count").GetInt32());
        var failed = root.GetProperty("results").EnumerateArray().Single(r => !r.GetProperty("passed").GetBoolean());
        Assert.Equal("not_null", failed.GetProperty("type").GetString());
        Assert.Equal([9], failed.GetProperty("failing_lines").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal("not_null", failed.GetProperty("expectation").GetProperty("type").GetString());
        Assert.Equal("income", failed.GetProperty("expectation").GetProperty("column").GetString());
    }
}
