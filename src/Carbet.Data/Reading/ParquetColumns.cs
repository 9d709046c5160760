using Carbet.Core;
using Carbet.Data.Tables;

using Parquet;
using Parquet.Schema;

namespace Carbet.Data.Reading;

/// <summary>The values of one Parquet column in Carbet's representation: doubles, ticks, or strings.</summary>
internal sealed record ColumnValues(ColumnKind Kind, double[]? Numbers = null, long[]? Ticks = null, bool HasTime = false, string?[]? Strings = null)
{
    public IReadOnlyList<string?> AsText() =>
        Strings ?? (IReadOnlyList<string?>?)Numbers?.Select(v => double.IsNaN(v) ? null : ParquetTableReader.Format(v)).ToArray()
        ?? [.. Ticks!.Select(t => t == DateTimeColumn.Missing ? null : new DateTime(t, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture))];
}

/// <summary>Reads a whole column across row groups, converting by its CLR type.</summary>
internal static class ParquetColumns
{
    public static async Task<ColumnValues?> ReadAsync(ParquetReader reader, DataField field, int rows, CancellationToken ct)
    {
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
            return new ColumnValues(ColumnKind.Text, Strings: await ReadStringsAsync(reader, field, rows, ct));
        if (type == typeof(bool))
            return Numbers(ColumnKind.Boolean, await ReadAsync<bool>(reader, field, rows, ct), b => b ? 1 : 0);
        if (type == typeof(int))
            return Numbers(ColumnKind.Integer, await ReadAsync<int>(reader, field, rows, ct), v => v);
        if (type == typeof(long))
            return Numbers(ColumnKind.Integer, await ReadAsync<long>(reader, field, rows, ct), v => v);
        if (type == typeof(short))
            return Numbers(ColumnKind.Integer, await ReadAsync<short>(reader, field, rows, ct), v => v);
        if (type == typeof(byte))
            return Numbers(ColumnKind.Integer, await ReadAsync<byte>(reader, field, rows, ct), v => v);
        if (type == typeof(sbyte))
            return Numbers(ColumnKind.Integer, await ReadAsync<sbyte>(reader, field, rows, ct), v => v);
        if (type == typeof(ushort))
            return Numbers(ColumnKind.Integer, await ReadAsync<ushort>(reader, field, rows, ct), v => v);
        if (type == typeof(uint))
            return Numbers(ColumnKind.Integer, await ReadAsync<uint>(reader, field, rows, ct), v => v);
        if (type == typeof(ulong))
            return Numbers(ColumnKind.Integer, await ReadAsync<ulong>(reader, field, rows, ct), v => v);
        if (type == typeof(double))
            return Numbers(ColumnKind.Number, await ReadAsync<double>(reader, field, rows, ct), v => v);
        if (type == typeof(float))
            return Numbers(ColumnKind.Number, await ReadAsync<float>(reader, field, rows, ct), v => v);
        if (type == typeof(decimal))
            return Numbers(ColumnKind.Number, await ReadAsync<decimal>(reader, field, rows, ct), v => (double)v);
        if (type == typeof(DateTime))
            return Dates(await ReadAsync<DateTime>(reader, field, rows, ct), v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime().Ticks : v.Ticks);
        if (type == typeof(DateOnly))
            return Dates(await ReadAsync<DateOnly>(reader, field, rows, ct), v => v.DayNumber * TimeSpan.TicksPerDay);
        if (type == typeof(DateTimeOffset))
            return Dates(await ReadAsync<DateTimeOffset>(reader, field, rows, ct), v => v.UtcTicks);
        return null;
    }

    private static ColumnValues Numbers<T>(ColumnKind kind, T?[] values, Func<T, double> convert) where T : struct =>
        new(kind, Numbers: [.. values.Select(v => v is { } x ? convert(x) : double.NaN)]);

    private static ColumnValues Dates<T>(T?[] values, Func<T, long> ticks) where T : struct
    {
        var result = values.Select(v => v is { } x ? ticks(x) : DateTimeColumn.Missing).ToArray();
        return new ColumnValues(ColumnKind.DateTime, Ticks: result,
            HasTime: result.Any(t => t != DateTimeColumn.Missing && t % TimeSpan.TicksPerDay != 0));
    }

    private static async Task<T?[]> ReadAsync<T>(ParquetReader reader, DataField field, int rows, CancellationToken ct) where T : struct
    {
        var result = new T?[rows];
        var offset = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            if (field.IsNullable)
                await group.ReadAsync<T>(field, result.AsMemory(offset, n), null, ct);
            else
            {
                var plain = new T[n];
                await group.ReadAsync<T>(field, plain.AsMemory(), null, ct);
                for (var i = 0; i < n; i++)
                    result[offset + i] = plain[i];
            }
            offset += n;
        }
        return result;
    }

    private static async Task<string?[]> ReadStringsAsync(ParquetReader reader, DataField field, int rows, CancellationToken ct)
    {
        var result = new string?[rows];
        var offset = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            await group.ReadAsync(field, result.AsMemory(offset, n), null, ct);
            offset += n;
        }
        return result;
    }
}
