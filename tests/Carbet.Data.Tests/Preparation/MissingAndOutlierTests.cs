using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Tables;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Preparation;

public sealed class MissingAndOutlierTests
{
    private static PreparationResult Run(DataTable table, params RecipeStep[] steps) =>
        RecipeRunner.Apply(table, new Recipe([.. steps]), TestContext.Current.CancellationToken);

    [Fact]
    public void HandleMissing_Median_FilledWithIndicatorAfterColumn()
    {
        var table = Table(Numbers("income", 1000, double.NaN, 3000, 2000), Numbers("age", 30, 40, 50, 60));

        var result = Run(table, new HandleMissing(["income"], MissingStrategy.Median));

        Assert.Equal([1000, 2000, 3000, 2000], Values(result.Table, "income"));
        Assert.Equal(["income", "income_missing", "age"], result.Table.Columns.Select(c => c.Name));
        Assert.Equal([0, 1, 0, 0], Values(result.Table, "income_missing"));
        Assert.Equal(ColumnKind.Boolean, result.Table["income_missing"].Kind);
        Assert.Equal(1, result.Steps[0].CellsChanged);
        Assert.Equal(["income_missing"], result.Steps[0].ColumnsAdded);
    }

    [Fact]
    public void HandleMissing_ModeWithoutIndicator_MostFrequentTieFirstOrdinal()
    {
        var table = Table(Category("c", "b", "a", null, "a", "b"));

        var result = Run(table, new HandleMissing(["c"], MissingStrategy.Mode, AddIndicator: false));

        Assert.Equal(["b", "a", "a", "a", "b"], Texts(result.Table, "c"));
        Assert.Single(result.Table.Columns);
    }

    [Fact]
    public void HandleMissing_Constant_FillsTextAndNumbers()
    {
        var table = Table(Category("c", null, "x"), Numbers("n", double.NaN, 1));

        var result = Run(table, new HandleMissing(["c"], MissingStrategy.Constant, "unknown"), new HandleMissing(["n"], MissingStrategy.Constant, "0"));

        Assert.Equal(["unknown", "x"], Texts(result.Table, "c"));
        Assert.Equal([0, 1], Values(result.Table, "n"));
    }

    [Fact]
    public void HandleMissing_Drop_RowsDroppedWithReason()
    {
        var table = Table(Numbers("target", 1, double.NaN, 0));

        var result = Run(table, new HandleMissing(["target"], MissingStrategy.Drop));

        Assert.Equal(2, result.RowsAfter);
        Assert.Equal("missing target", Assert.Single(result.DroppedRows).Reason);
        Assert.Equal(result.RowsBefore, result.RowsAfter + result.RowsDropped);
    }

    [Fact]
    public void HandleMissing_AllColumns_MedianForNumbersModeForText()
    {
        var table = Table(Numbers("n", 1, double.NaN, 5), Category("c", "a", "a", null), Numbers("full", 1, 2, 3));

        var result = Run(table, new HandleMissing());

        Assert.Equal([1, 3, 5], Values(result.Table, "n"));
        Assert.Equal(["a", "a", "a"], Texts(result.Table, "c"));
        Assert.Equal(["n", "n_missing", "c", "c_missing", "full"], result.Table.Columns.Select(c => c.Name));
    }

    [Fact]
    public void HandleMissing_MedianOfTextColumn_UserError()
    {
        var error = Assert.Throws<UserErrorException>(() => Run(Table(Category("c", "a", null)), new HandleMissing(["c"])));

        Assert.Contains("'c'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outliers_ClipQuantiles_ClippedToNearestRankBounds()
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();
        values[99] = 1_000_000;

        var result = Run(Table(Numbers("x", values)), new Outliers(["x"]));

        var clipped = Values(result.Table, "x");
        Assert.Equal(1, clipped.Min());
        Assert.Equal(99, clipped.Max());
        Assert.Equal(1, result.Steps[0].CellsChanged);
    }

    [Fact]
    public void Outliers_Flag_AddsOutlierColumnKeepsValues()
    {
        var result = Run(Table(Numbers("x", 1, 2, 3, 4, 100)), new Outliers(["x"], OutlierStrategy.Flag, 0, 0.8));

        Assert.Equal([1, 2, 3, 4, 100], Values(result.Table, "x"));
        Assert.Equal([0, 0, 0, 0, 1], Values(result.Table, "x_outlier"));
    }
}
