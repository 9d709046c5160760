using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Tables;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Preparation;

public sealed class RecipeRunnerTests
{
    private static DataTable Raw() => Table(
        Category("Customer ID", "c1", "c2", "c2", "c3", null, "c4", "c5"),
        Category("Territory", "Guadeloupe", "guadeloupe ", "guadeloupe ", "GPE", null, "Guyane française", null),
        Numbers("Monthly Income (€)", 2000, 24000, 24000, double.NaN, double.NaN, 1500, 3000),
        Numbers("Empty", double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));

    private static Recipe FullRecipe() => new(
    [
        new RenameToSnakeCase(),
        new TrimWhitespace(),
        new NormalizeCategories(Mapping: new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["territory"] = new Dictionary<string, string> { ["GPE"] = "Guadeloupe" },
        }),
        new FixUnits("monthly_income", 10000, 12),
        new CastType("customer_id", ColumnKind.Identifier),
        new DropEmptyColumns(),
        new DropEmptyRows(),
        new DropDuplicates("customer_id"),
        new HandleMissing(["monthly_income"], MissingStrategy.Median),
        new HandleMissing(["territory"], MissingStrategy.Mode),
        new Outliers(["monthly_income"], OutlierStrategy.ClipQuantiles, 0.2, 0.8),
        new DropColumns(["customer_id"], "identifier"),
    ]);

    [Fact]
    public void ToJson_FullRecipe_RoundTripsToSameJson()
    {
        var json = FullRecipe().ToJson();

        var back = Recipe.FromJson(json);

        Assert.Equal(json, back.ToJson());
        Assert.Contains("\"type\": \"normalize_categories\"", json, StringComparison.Ordinal);
        Assert.Contains("\"strategy\": \"clip_quantiles\"", json, StringComparison.Ordinal);
        Assert.Equal(FullRecipe().Steps.Select(s => s.GetType()), back.Steps.Select(s => s.GetType()));
    }

    [Fact]
    public void FromJson_UnknownType_UserError()
    {
        Assert.Throws<UserErrorException>(() => Recipe.FromJson("""{"steps": [{"type": "shuffle"}]}"""));
    }

    [Fact]
    public void Apply_SameInputTwice_IdenticalOutput()
    {
        var ct = TestContext.Current.CancellationToken;

        var first = RecipeRunner.Apply(Raw(), FullRecipe(), ct);
        var second = RecipeRunner.Apply(Raw(), Recipe.FromJson(FullRecipe().ToJson()), ct);

        Assert.Equal(Dump(first.Table), Dump(second.Table));
        Assert.Equal(first.Steps.Select(s => s.Description), second.Steps.Select(s => s.Description));
    }

    [Fact]
    public void Apply_FullRecipe_RowAccountingAddsUpAtEveryStep()
    {
        var result = RecipeRunner.Apply(Raw(), FullRecipe(), TestContext.Current.CancellationToken);

        Assert.Equal(7, result.RowsBefore);
        Assert.Equal(result.RowsBefore, result.RowsAfter + result.RowsDropped);
        Assert.Equal(2, result.RowsDropped);   // the blank row and the copy of c2
        for (var i = 1; i < result.Steps.Length; i++)
            Assert.Equal(result.Steps[i - 1].RowsAfter, result.Steps[i].RowsBefore);
        Assert.Equal(["territory", "territory_missing", "monthly_income", "monthly_income_missing"], result.Table.Columns.Select(c => c.Name));
        Assert.Equal(["guadeloupe", "guadeloupe", "guadeloupe", "guyane francaise", "guadeloupe"], Texts(result.Table, "territory"));
        Assert.Equal([2L, 3L, 5L, 7L, 8L], result.Table.SourceLines);
    }

    [Fact]
    public void Fit_ThenApplyToNewData_UsesFrozenMedianAndBounds()
    {
        var ct = TestContext.Current.CancellationToken;
        var train = Table(Numbers("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, double.NaN));
        var recipe = new Recipe([new HandleMissing(["x"]), new Outliers(["x"], Lower: 0.1, Upper: 0.9)]);

        var fitted = RecipeRunner.Fit(train, recipe, ct);
        var stored = new FittedRecipe(Recipe.FromJson(fitted.Recipe.ToJson()));
        var result = RecipeRunner.Apply(Table(Numbers("x", double.NaN, 100, -50)), stored, ct);

        Assert.Equal("5.5", Assert.IsType<HandleMissing>(fitted.Recipe.Steps[0]).Fills!["x"]);
        Assert.Equal(new QuantileBounds(2, 9), Assert.IsType<Outliers>(fitted.Recipe.Steps[1]).Bounds!["x"]);
        Assert.Equal([5.5, 9, 2], Values(result.Table, "x"));
        Assert.Equal([1, 0, 0], Values(result.Table, "x_missing"));
    }

    [Fact]
    public void Apply_UnfittedRecipeOnNewData_LearnsOnThatData()
    {
        var result = RecipeRunner.Apply(Table(Numbers("x", double.NaN, 100, 200)), new Recipe([new HandleMissing(["x"])]),
            TestContext.Current.CancellationToken);

        Assert.Equal(150, Values(result.Table, "x")[0]);
    }

    [Fact]
    public void Apply_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => RecipeRunner.Apply(Raw(), FullRecipe(), cts.Token));
    }
}
