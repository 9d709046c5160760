using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Builds new tables and columns from old ones; tables are immutable.</summary>
internal static class TableEdit
{
    public static DataTable With(DataTable table, IEnumerable<DataColumn> columns) =>
        new(table.Source, columns, [.. table.SourceLines]);

    public static DataTable Replace(DataTable table, DataColumn column) =>
        With(table, table.Columns.Select(c => c.Name == column.Name ? column : c));

    public static DataTable InsertAfter(DataTable table, string after, DataColumn column) =>
        With(table, table.Columns.SelectMany(c => c.Name == after ? new[] { c, column } : [c]));

    public static DataTable KeepRows(DataTable table, IReadOnlyList<int> rows) =>
        new(table.Source, table.Columns.Select(c => Take(c, rows)), [.. rows.Select(r => table.SourceLines[r])]);

    public static DataColumn Take(DataColumn column, IReadOnlyList<int> rows) => column switch
    {
        NumericColumn n => new NumericColumn(n.Name, n.Kind, [.. rows.Select(r => n[r])], n.MissingTokens),
        TextColumn t => TextColumn.FromValues(t.Name, t.Kind, rows.Select(r => t[r]), t.MissingTokens),
        DateTimeColumn d => new DateTimeColumn(d.Name, [.. rows.Select(r => d.Ticks[r])], d.HasTime, d.MissingTokens),
        _ => throw new ArgumentException($"Unknown column type {column.GetType().Name}.", nameof(column)),
    };

    public static DataColumn Renamed(DataColumn column, string name) => column switch
    {
        NumericColumn n => new NumericColumn(name, n.Kind, n.Values.ToArray(), n.MissingTokens),
        TextColumn t => new TextColumn(name, t.Kind, t.Codes.ToArray(), t.Dictionary, t.MissingTokens),
        DateTimeColumn d => new DateTimeColumn(name, d.Ticks.ToArray(), d.HasTime, d.MissingTokens),
        _ => throw new ArgumentException($"Unknown column type {column.GetType().Name}.", nameof(column)),
    };

    /// <summary>Maps each distinct value once (null = missing), counting the rows whose value changed.</summary>
    public static TextColumn MapText(TextColumn column, Func<string, string?> map, out long changed, ColumnKind? kind = null)
    {
        var mapped = column.Dictionary.Select(map).ToArray();
        var values = new string?[column.Length];
        changed = 0;
        for (var row = 0; row < values.Length; row++)
        {
            var code = column.Codes[row];
            if (code < 0)
                continue;
            values[row] = mapped[code];
            if (!string.Equals(values[row], column.Dictionary[code], StringComparison.Ordinal))
                changed++;
        }
        return TextColumn.FromValues(column.Name, kind ?? column.Kind, values, column.MissingTokens);
    }

    public static NumericColumn Flags(string name, bool[] flags) =>
        new(name, ColumnKind.Boolean, [.. flags.Select(f => f ? 1.0 : 0.0)]);
}
