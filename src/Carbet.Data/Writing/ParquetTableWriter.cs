using Carbet.Core;
using Carbet.Data.Reading;
using Carbet.Data.Tables;

using Parquet;
using Parquet.Schema;

namespace Carbet.Data.Writing;

/// <summary>Writes a table as Parquet and reads it back with the same kinds, values and missing markers.</summary>
/// <remarks>Integers are written as nullable int64, numbers as double, booleans as boolean, text as UTF-8 strings and
/// dates as nanosecond UTC timestamps; each column's kind goes in the file's key-value metadata (<c>carbet.columns</c>).
/// Equal tables give identical bytes (one row group, no timestamps), so a file's hash identifies its content.
/// Source line numbers are not stored: a table read back numbers its rows from 1.</remarks>
public static class ParquetTableWriter
{
    /// <summary>Writes the table to the stream, which is left open.</summary>
    public static async Task WriteAsync(DataTable table, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        var fields = table.Columns.Select(Field).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, null, false, ct);
        writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [StoredColumns.Key] = StoredColumns.Serialize(table.Columns.Select(c =>
                new StoredColumn(c.Name, c.Kind, c is DateTimeColumn { HasTime: true }, c.MissingTokens))),
        };
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
            await WriteColumnAsync(group, fields[i], table.Columns[i], ct);
        group.CompleteValidate();
    }

    /// <summary>Reads a table written by <see cref="WriteAsync"/> (or any flat Parquet file, inferring kinds).</summary>
    /// <param name="source">Where the table came from, for messages.</param>
    public static async Task<DataTable> ReadAsync(Stream input, string source, CancellationToken ct) =>
        (await ParquetTableReader.ReadAsync(input, source, new LoadOptions(), ct)).Table;

    private static DataField Field(DataColumn column) => column.Kind switch
    {
        ColumnKind.Integer => new DataField<long?>(column.Name),
        ColumnKind.Number => new DataField<double?>(column.Name),
        ColumnKind.Boolean => new DataField<bool?>(column.Name),
        ColumnKind.DateTime => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, true, DateTimeTimeUnit.Nanos, true),
        _ => new DataField<string>(column.Name, true),
    };

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, DataColumn column, CancellationToken ct)
    {
        switch (column)
        {
            case NumericColumn n when column.Kind == ColumnKind.Integer:
                return group.WriteAsync<long>(field, Map(n.Values, v => double.IsNaN(v) ? null : (long?)v), null, null, ct);
            case NumericColumn n when column.Kind == ColumnKind.Boolean:
                return group.WriteAsync<bool>(field, Map(n.Values, v => double.IsNaN(v) ? null : (bool?)(v != 0)), null, null, ct);
            case NumericColumn n:
                return group.WriteAsync<double>(field, Map(n.Values, v => double.IsNaN(v) ? null : (double?)v), null, null, ct);
            case DateTimeColumn d:
                return group.WriteAsync<DateTime>(field,
                    Map(d.Ticks, t => t == DateTimeColumn.Missing ? null : (DateTime?)new DateTime(t, DateTimeKind.Utc)), null, null, ct);
            default:
                // Parquet.Net's string overload takes null entries as missing values despite its non-nullable signature
                var text = new string[column.Length];
                for (var i = 0; i < text.Length; i++)
                    text[i] = column.Format(i)!;
                return group.WriteAsync(field, text, null);
        }
    }

    private static TOut?[] Map<TIn, TOut>(ReadOnlySpan<TIn> values, Func<TIn, TOut?> convert) where TOut : struct
    {
        var result = new TOut?[values.Length];
        for (var i = 0; i < values.Length; i++)
            result[i] = convert(values[i]);
        return result;
    }
}
