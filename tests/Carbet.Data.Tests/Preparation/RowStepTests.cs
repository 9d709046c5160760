using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Tables;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Preparation;

public sealed class RowStepTests
{
    private static PreparationResult Run(DataTable table, params RecipeStep[] steps) =>
        RecipeRunner.Apply(table, new Recipe([.. steps]), TestContext.Current.CancellationToken);

    [Fact]
    public void DropEmptyRows_BlankRow_DroppedWithLine()
    {
        var table = Table(Numbers("a", 1, double.NaN, 3), Category("b", "x", null, null));

        var result = Run(table, new DropEmptyRows());

        Assert.Equal(2, result.RowsAfter);
        var dropped = Assert.Single(result.DroppedRows);
        Assert.Equal((3L, 1, "drop_empty_rows"), (dropped.Line, dropped.Step, dropped.StepType));
        Assert.Equal([2L, 4L], result.Table.SourceLines);
    }

    [Fact]
    public void DropEmptyColumns_AllMissingColumn_DroppedAndFrozenInFit()
    {
        var table = Table(Numbers("a", 1, 2), Numbers("empty", double.NaN, double.NaN));
        var ct = TestContext.Current.CancellationToken;

        var result = Run(table, new DropEmptyColumns());
        var fitted = RecipeRunner.Fit(table, new Recipe([new DropEmptyColumns()]), ct);

        Assert.Equal(["a"], result.Table.Columns.Select(c => c.Name));
        Assert.Equal(["empty"], result.Steps[0].ColumnsRemoved);
        Assert.Equal(["empty"], Assert.IsType<DropEmptyColumns>(Assert.Single(fitted.Recipe.Steps)).Columns);
    }

    [Fact]
    public void DropDuplicates_ExactCopies_DroppedAndCounted()
    {
        var table = Table(Category("id", "1", "2", "1", "2", "1"), Numbers("x", 5, 6, 5, 7, 5));

        var result = Run(table, new DropDuplicates("id"));

        Assert.Equal(3, result.RowsAfter);
        Assert.Equal(2, result.RowsDropped);
        Assert.All(result.DroppedRows, d => Assert.Equal("duplicate of line 2", d.Reason));
        Assert.Equal(["1", "2", "2"], Texts(result.Table, "id"));
        Assert.Contains(result.Steps[0].Notes, n => n.StartsWith("1 near-duplicates", StringComparison.Ordinal));
    }

    [Fact]
    public void DropDuplicates_MissingValuesAlike_TreatedAsEqual()
    {
        var result = Run(Table(Numbers("x", double.NaN, double.NaN), Category("c", "a,b", "a,b")), new DropDuplicates());

        Assert.Equal(1, result.RowsAfter);
    }

    [Fact]
    public void DropColumns_Leakage_RemovedWithReason()
    {
        var table = Table(Numbers("a", 1), Numbers("collection_status", 1));

        var result = Run(table, new DropColumns(["collection_status"], "leakage"));

        Assert.Equal(["collection_status"], result.Steps[0].ColumnsRemoved);
        Assert.Contains("leakage", result.Steps[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void DropColumns_UnknownColumn_UserErrorNamingStepAndColumn()
    {
        var error = Assert.Throws<UserErrorException>(() => Run(Table(Numbers("a", 1)), new DropColumns(["nope"])));

        Assert.Contains("Step 1 (drop_columns): column 'nope'", error.Message, StringComparison.Ordinal);
    }
}
