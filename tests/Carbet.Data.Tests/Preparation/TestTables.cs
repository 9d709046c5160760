using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Tests.Preparation;

/// <summary>Small hand-made tables.</summary>
internal static class TestTables
{
    public static NumericColumn Numbers(string name, params double[] values) => new(name, ColumnKind.Number, values);

    public static NumericColumn Integers(string name, params double[] values) => new(name, ColumnKind.Integer, values);

    public static TextColumn Category(string name, params string?[] values) => TextColumn.FromValues(name, ColumnKind.Category, values);

    public static DataTable Table(params DataColumn[] columns) => new("test.csv", columns);

    public static string?[] Texts(DataTable table, string column) =>
        [.. Enumerable.Range(0, table.RowCount).Select(table[column].Format)];

    public static double[] Values(DataTable table, string column) => ((NumericColumn)table[column]).Values.ToArray();

    /// <summary>Every cell as text, to compare whole tables.</summary>
    public static string Dump(DataTable table) => string.Join("\n",
        table.Columns.Select(c => $"{c.Name}:{c.Kind}:" + string.Join("|", Enumerable.Range(0, c.Length).Select(r => c.Format(r) ?? "<na>")))
        .Append("lines:" + string.Join(",", table.SourceLines)));
}
