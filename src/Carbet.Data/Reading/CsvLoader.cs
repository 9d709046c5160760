using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Reading;

/// <summary>Loads a delimited file in two streaming passes: count and profile every row, then parse into typed arrays.</summary>
/// <remarks>Raw strings live only for the row being read, so memory is the typed columns plus the distinct values of
/// text columns. Rows with the wrong number of fields are rejected, never padded.</remarks>
internal static class CsvLoader
{
    private const int MaxRejectedListed = 100;
    private const int ProgressEvery = 8192;

    public static LoadedTable Load(CsvSource source, LoadOptions options, IProgress<long>? rowsRead, CancellationToken ct)
    {
        var path = source.Path;
        var dialect = CsvSniffer.Sniff(path, options);
        var missing = options.MissingTokens.ToHashSet(StringComparer.Ordinal);
        var names = dialect.Names;
        OverrideCheck.Check(options, names, path);
        var profiles = names.Select(n => new ColumnProfile(n, dialect.DecimalComma)).ToArray();
        var rejected = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var firstRejected = ImmutableArray.CreateBuilder<RejectedRow>();
        var (read, kept, blank) = (0L, 0L, 0L);
        long latin1Lines, firstLatin1, utf8Lines;
        using (var lines = new LineReader(path, options.Encoding))
        {
            var reader = new CsvRecordReader(lines, dialect.Delimiter, dialect.Quote, path);
            foreach (var fields in Records(reader, dialect, options.MaxRows, () => blank++, ct))
            {
                read++;
                if (read % ProgressEvery == 0)
                    rowsRead?.Report(read);
                if (fields.Count != names.Length)
                {
                    var reason = fields.Count < names.Length ? "too few fields" : "too many fields";
                    rejected[reason] = rejected.GetValueOrDefault(reason) + 1;
                    if (firstRejected.Count < MaxRejectedListed)
                        firstRejected.Add(new RejectedRow(reader.Line, string.Create(CultureInfo.InvariantCulture, $"expected {names.Length} fields, found {fields.Count}")));
                    continue;
                }
                kept++;
                for (var j = 0; j < fields.Count; j++)
                {
                    if (!missing.Contains(fields[j]))
                        profiles[j].Observe(fields[j]);
                }
            }
            (latin1Lines, firstLatin1, utf8Lines) = (lines.Latin1Lines, lines.FirstLatin1Line, lines.Utf8Lines);
        }
        rowsRead?.Report(read);
        if (kept > Array.MaxLength)
            throw new UserErrorException($"{path} has {kept} rows, more than one table can hold.", "Set data.max_rows to read fewer rows.");
        var builders = profiles.Select(p => new ColumnBuilder(p.Name,
            options.KindOverrides.TryGetValue(p.Name, out var kind) ? kind : p.Decide(), (int)kept, dialect.DecimalComma)).ToArray();
        var sourceLines = new long[kept];
        using (var lines = new LineReader(path, options.Encoding))
        {
            var reader = new CsvRecordReader(lines, dialect.Delimiter, dialect.Quote, path);
            var row = 0;
            foreach (var fields in Records(reader, dialect, options.MaxRows, () => { }, ct))
            {
                if (fields.Count != names.Length)
                    continue;
                if (row == kept)
                    throw new IOException($"{path} changed while it was being read.");
                sourceLines[row] = reader.Line;
                for (var j = 0; j < fields.Count; j++)
                {
                    if (missing.Contains(fields[j]))
                        builders[j].AddMissing(row, fields[j]);
                    else
                        builders[j].Add(row, fields[j], reader.Line);
                }
                row++;
            }
        }
        var repairs = dialect.Repairs.ToBuilder();
        if (latin1Lines > 0 && utf8Lines > 0)
            repairs.Add(string.Create(CultureInfo.InvariantCulture,
                $"{latin1Lines} lines (first: line {firstLatin1}) were not valid UTF-8 in an otherwise UTF-8 file: read as Latin-1"));
        if (blank > 0)
            repairs.Add(string.Create(CultureInfo.InvariantCulture, $"{blank} blank lines skipped"));
        var table = new DataTable(path, builders.Select(b => b.Build()), sourceLines);
        var encoding = options.Encoding?.ToLowerInvariant() ?? (latin1Lines > 0 && utf8Lines == 0 ? "latin-1" : "utf-8");
        var report = new LoadReport(source.Describe(), path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? "csv.gz" : "csv",
            read, kept, read - kept, rejected.ToImmutableSortedDictionary(StringComparer.Ordinal), firstRejected.ToImmutable(),
            encoding, dialect.Delimiter ?? ' ', dialect.HasHeader, dialect.DecimalComma,
            OverrideCheck.AddInvalidRepairs(builders, repairs), OverrideCheck.Invalid(builders));
        return new LoadedTable(table, report);
    }

    private static IEnumerable<List<string>> Records(CsvRecordReader reader, CsvDialect dialect, long? maxRows, Action onBlank, CancellationToken ct)
    {
        var fields = new List<string>();
        var count = 0L;
        while ((maxRows is null || count < maxRows) && reader.Read(fields))
        {
            if (fields.Count == 0)
            {
                onBlank();
                continue;
            }
            if (reader.Line <= dialect.SkipThroughLine)
                continue;
            if (++count % ProgressEvery == 0)
                ct.ThrowIfCancellationRequested();
            yield return fields;
        }
    }
}
