using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Lifecycle.Training;

namespace Carbet.Lifecycle.Tests.Training;

public sealed class TaskTargetTests
{
    private static DataTable Table(params string?[] labels) =>
        new("t.csv", [TextColumn.FromValues("kind", ColumnKind.Category, labels)]);

    [Fact]
    public void Of_MulticlassOneClass_UserErrorSayingOneClass()
    {
        var error = Assert.Throws<UserErrorException>(() => TaskTarget.Of(Table("a", "a", "a"), "kind", TaskKind.Multiclass));

        Assert.Contains("1 class (a)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_RegressionOnTextTarget_UserErrorAskingForNumbers()
    {
        var error = Assert.Throws<UserErrorException>(() => TaskTarget.Of(Table("low", "high", "mid"), "kind", TaskKind.Regression));

        Assert.Contains("needs numbers", error.Message, StringComparison.Ordinal);
        Assert.Contains("task: multiclass", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NumericLabels_SortedAsNumbersAndEncodedAsIndices()
    {
        var table = new DataTable("t.csv", [new NumericColumn("kind", ColumnKind.Integer, [10, 2, 1, 2])]);

        var target = TaskTarget.Of(table, "kind", TaskKind.Multiclass);

        Assert.Equal(["1", "2", "10"], target.Classes);
        Assert.Equal([2.0, 1.0, 0.0, 1.0], ((NumericColumn)target.Encode(table)["kind"]).Values.ToArray());
    }

    [Fact]
    public void CheckCounts_ClassMissingFromTheTestRows_UserErrorNamingIt()
    {
        var table = Table("a", "a", "a", "b", "b", "b", "a");
        var target = TaskTarget.Of(table, "kind", TaskKind.Multiclass);

        var error = Assert.Throws<UserErrorException>(() => target.CheckCounts(target.Encode(table), [0, 1, 3, 4, 5], [6], 2));

        Assert.Contains("Class 'b'", error.Message, StringComparison.Ordinal);
    }
}
