using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Data.Writing;

using Parquet;

namespace Carbet.Data.Reading;

/// <summary>Reads every flat column of a Parquet file into a table.</summary>
/// <remarks>A file written by <see cref="ParquetTableWriter"/> carries each column's kind in its metadata and is read
/// back as written. Otherwise integers become Integer, floats and decimals Number, booleans Boolean, dates and
/// timestamps DateTime, and strings are inferred like CSV columns; nested and binary columns are skipped (a repair).</remarks>
internal static class ParquetTableReader
{
    public static async Task<(DataTable Table, ImmutableArray<string> Repairs, ImmutableSortedDictionary<string, long> Invalid)> ReadAsync(
        Stream input, string source, LoadOptions options, CancellationToken ct)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(input, null, true, ct);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new UserErrorException($"{source} is not a readable Parquet file ({e.Message}).", "Export it again as Parquet, or name it .csv if it is text.");
        }
        await using var _ = reader;
        var stored = StoredColumns.Parse(reader.CustomMetadata);
        var rows = 0L;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
        }
        var repairs = ImmutableArray.CreateBuilder<string>();
        var missing = options.MissingTokens.ToHashSet(StringComparer.Ordinal);
        var columns = new List<DataColumn>();
        var builders = new List<ColumnBuilder>();
        OverrideCheck.Check(options, reader.Schema.GetDataFields().Select(f => f.Name).ToList(), source);
        foreach (var field in reader.Schema.GetDataFields())
        {
            if (field.IsArray || field.Path.ToList().Count > 1)
            {
                repairs.Add($"column '{field.Name}' is nested: skipped");
                continue;
            }
            var meta = stored?.GetValueOrDefault(field.Name);
            var values = await ParquetColumns.ReadAsync(reader, field, (int)rows, ct);
            if (values is null)
            {
                repairs.Add($"column '{field.Name}' has Parquet type {field.ClrType.Name}, which Carbet does not read: skipped");
                continue;
            }
            if (meta is not null && !TextValues.Overridden(options, field.Name, meta.Kind))
                columns.Add(meta.Build(field.Name, values));
            else
                columns.Add(TextValues.ToColumn(field.Name, values, options, missing, builders));
        }
        var table = new DataTable(source, columns, [.. Enumerable.Range(1, (int)rows).Select(i => (long)i)]);
        return (table, OverrideCheck.AddInvalidRepairs(builders, repairs), OverrideCheck.Invalid(builders));
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
