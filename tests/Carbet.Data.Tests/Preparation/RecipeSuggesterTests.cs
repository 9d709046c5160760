using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Tables;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Preparation;

public sealed class RecipeSuggesterTests
{
    private static DataTable Raw() => Table(
        TextColumn.FromValues("Application ID", ColumnKind.Identifier, ["a1", "a2", "a3", "a4"]),
        Category("Territory", "Guadeloupe", null, "guadeloupe ", "GUADELOUPE"),
        Numbers("Monthly Income", 2000, double.NaN, 3000, 2500),
        Numbers("Collection Status", 1, 0, 0, 1),
        Numbers("Default 12m", 1, 0, double.NaN, 0),
        Numbers("Nothing", double.NaN, double.NaN, double.NaN, double.NaN));

    [Fact]
    public void Suggest_RawTable_DefaultStepsInOrder()
    {
        var recipe = RecipeSuggester.Suggest(Raw(), new RecipeSuggestOptions("Default 12m", "application_id", Leaky: ["collection_status"]));

        Assert.Equal(
            ["rename_to_snake_case", "trim_whitespace", "normalize_categories", "drop_columns", "drop_empty_columns", "drop_empty_rows",
             "drop_duplicates", "handle_missing", "handle_missing", "handle_missing", "outliers"],
            recipe.Steps.Select(s => s.Type));
        Assert.Equal("leakage", Assert.IsType<DropColumns>(recipe.Steps[3]).Reason);
        Assert.Equal(["default_12m"], Assert.IsType<HandleMissing>(recipe.Steps[7]).Columns);
        Assert.Equal(["monthly_income"], Assert.IsType<Outliers>(recipe.Steps[10]).Columns);
    }

    [Fact]
    public void Suggest_ThenApply_CleanTableWithoutMissingFeatures()
    {
        var table = Raw();
        var recipe = RecipeSuggester.Suggest(table, new RecipeSuggestOptions("default_12m", "Application ID", Leaky: ["Collection Status"]));

        var result = RecipeRunner.Apply(table, recipe, TestContext.Current.CancellationToken);

        Assert.Equal(
            ["application_id", "territory", "territory_missing", "monthly_income", "monthly_income_missing", "default_12m"],
            result.Table.Columns.Select(c => c.Name));
        Assert.Equal(3, result.RowsAfter);
        Assert.All(result.Table.Columns, c => Assert.Equal(0, c.MissingCount));
        Assert.Equal(["guadeloupe", "guadeloupe", "guadeloupe"], Texts(result.Table, "territory"));
    }

    [Fact]
    public void Suggest_IdAndTimeAlsoExcluded_KeepsThemForDuplicatesAndTheSplit()
    {
        var table = Raw();
        var options = new RecipeSuggestOptions("default_12m", "Application ID", ["Application ID", "Monthly Income", "Territory"], ["Collection Status"], "Monthly Income");

        var recipe = RecipeSuggester.Suggest(table, options);
        var result = RecipeRunner.Apply(table, recipe, TestContext.Current.CancellationToken);

        Assert.Equal(["territory"], Assert.IsType<DropColumns>(recipe.Steps[3]).Columns);
        Assert.Equal("application_id", Assert.IsType<DropDuplicates>(recipe.Steps.Single(s => s is DropDuplicates)).IdColumn);
        Assert.Contains("application_id", result.Table.Columns.Select(c => c.Name));
        Assert.Contains("monthly_income", result.Table.Columns.Select(c => c.Name));
        Assert.DoesNotContain("territory", result.Table.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Suggest_UnknownTarget_UserError()
    {
        var error = Assert.Throws<UserErrorException>(() => RecipeSuggester.Suggest(Raw(), new RecipeSuggestOptions("nope")));

        Assert.Contains("data.target", error.Message, StringComparison.Ordinal);
    }
}
