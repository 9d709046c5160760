namespace Carbet.Core.Tests;

public sealed class TableSchemaTests
{
    [Fact]
    public void Equals_SameColumnsInOrder_True()
    {
        var a = new TableSchema([new ColumnSchema("age", ColumnKind.Integer), new ColumnSchema("sex", ColumnKind.Category)]);
        var b = new TableSchema([new ColumnSchema("age", ColumnKind.Integer), new ColumnSchema("sex", ColumnKind.Category)]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_OtherOrder_False()
    {
        var a = new TableSchema([new ColumnSchema("age", ColumnKind.Integer), new ColumnSchema("sex", ColumnKind.Category)]);
        var b = new TableSchema([new ColumnSchema("sex", ColumnKind.Category), new ColumnSchema("age", ColumnKind.Integer)]);
        Assert.NotEqual(a, b);
        Assert.Equal(ColumnKind.Category, a.Find("sex")?.Kind);
        Assert.Null(a.Find("income"));
    }
}
