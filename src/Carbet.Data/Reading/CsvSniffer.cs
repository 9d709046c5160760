using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Data.Reading;

/// <summary>Finds delimiter, quote, preamble, header and decimal comma from the first records of a file.</summary>
internal static class CsvSniffer
{
    private const int SampleLines = 200;
    private static readonly char[] Candidates = [',', ';', '\t', '|'];

    public static CsvDialect Sniff(string path, LoadOptions options)
    {
        if (new FileInfo(path) is { Exists: true, Length: 0 })
            throw new UserErrorException($"The data file {path} is empty (0 bytes).", "Export the data again, with a header row and at least one data row.");
        var raw = new List<string>();
        using (var lines = new LineReader(path, options.Encoding))
        {
            while (raw.Count < SampleLines && lines.ReadLine() is { } line)
            {
                if (!string.IsNullOrWhiteSpace(line))
                    raw.Add(line);
            }
        }
        if (raw.Count == 0)
            throw new UserErrorException($"The data file {path} holds only blank lines.", "Export the data again, with a header row and at least one data row.");
        var delimiter = options.Delimiter is { } d ? (d == ' ' ? (char?)null : d) : SniffDelimiter(raw);
        var quote = SniffQuote(raw, delimiter);
        var records = new List<(long Line, List<string> Fields)>();
        using (var lines = new LineReader(path, options.Encoding))
        {
            var reader = new CsvRecordReader(lines, delimiter, quote, path);
            var fields = new List<string>();
            while (records.Count < SampleLines && reader.Read(fields))
            {
                if (fields.Count > 0)
                    records.Add((reader.Line, [.. fields]));
            }
        }
        var repairs = new List<string>();
        var width = records.GroupBy(r => r.Fields.Count).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var skip = 0;
        // a leading record with one field in a multi-column file is a comment ("|1x3 Cross validator" in adult.test)
        while (skip < records.Count - 1 && width > 1 && (records[skip].Fields.Count == 1 || records[skip].Fields[0].StartsWith('#')))
        {
            repairs.Add($"line {records[skip].Line.ToString(CultureInfo.InvariantCulture)} ('{Shorten(string.Join(" ", records[skip].Fields))}') is not a record of {width.ToString(CultureInfo.InvariantCulture)} fields: skipped as a comment");
            skip++;
        }
        var first = records[skip];
        var rows = records.Skip(skip + 1).Where(r => r.Fields.Count == first.Fields.Count).Select(r => r.Fields).ToList();
        var missing = options.MissingTokens.ToHashSet(StringComparer.Ordinal);
        var decimalComma = options.DecimalComma ?? (delimiter != ',' && SniffDecimalComma(records.Skip(skip)));
        var hasHeader = options.HasHeader ?? !LooksLikeData(first.Fields, rows, missing, decimalComma);
        ImmutableArray<string> names;
        if (hasHeader)
            names = ColumnNames.Repair(first.Fields, repairs);
        else if (!options.ColumnNames.IsDefaultOrEmpty)
        {
            if (options.ColumnNames.Length != first.Fields.Count)
                throw new UserErrorException(
                    $"{path} has {first.Fields.Count.ToString(CultureInfo.InvariantCulture)} columns but {options.ColumnNames.Length.ToString(CultureInfo.InvariantCulture)} column names were given.",
                    "Give one name per column, in file order.");
            names = ColumnNames.Repair(options.ColumnNames, repairs);
        }
        else
            names = [.. Enumerable.Range(1, first.Fields.Count).Select(i => "column_" + i.ToString(CultureInfo.InvariantCulture))];
        var skipThrough = hasHeader ? first.Line : (skip > 0 ? records[skip - 1].Line : 0);
        return new CsvDialect(delimiter, quote, hasHeader, decimalComma, skipThrough, names, [.. repairs]);
    }

    private static char? SniffDelimiter(List<string> lines)
    {
        char? best = null;
        (double Consistency, int Width) bestScore = (0, 0);
        foreach (var candidate in Candidates)
        {
            var counts = lines.Select(l => CountOutsideQuotes(l, candidate)).ToList();
            var mode = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            var score = ((double)mode.Count() / counts.Count, mode.Key);
            if (mode.Key > 0 && score.Item1 >= 0.8 && score.CompareTo(bestScore) > 0)
                (best, bestScore) = (candidate, score);
        }
        if (best is not null)
            return best;
        var spaced = lines.Count(l => l.Trim().Contains(' ', StringComparison.Ordinal));
        return spaced >= 0.8 * lines.Count ? null : ',';
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var (count, quoted) = (0, false);
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == delimiter && !quoted)
                count++;
        }
        return count;
    }

    private static char SniffQuote(List<string> lines, char? delimiter)
    {
        var (single, dbl) = (0, 0);
        foreach (var line in lines)
        {
            foreach (var field in delimiter is { } d ? line.Split(d) : line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var f = field.Trim();
                if (f.StartsWith('"'))
                    dbl++;
                else if (f.Length >= 2 && f[0] == '\'' && f[^1] == '\'')
                    single++;
            }
        }
        return single > 0 && dbl == 0 ? '\'' : '"';
    }

    private static bool SniffDecimalComma(IEnumerable<(long Line, List<string> Fields)> records)
    {
        var (comma, point) = (0, 0);
        foreach (var value in records.SelectMany(r => r.Fields))
        {
            if (IsDecimal(value, ','))
                comma++;
            else if (IsDecimal(value, '.'))
                point++;
        }
        return comma > 0 && point == 0;
    }

    private static bool IsDecimal(string value, char separator)
    {
        var at = value.IndexOf(separator, StringComparison.Ordinal);
        var digits = value.AsSpan().TrimStart("+-");
        return at > 0 && at < value.Length - 1 && digits.IndexOfAnyExcept("0123456789" + separator) < 0
            && value.AsSpan(at + 1).IndexOf(separator) < 0;
    }

    private static bool LooksLikeData(List<string> first, List<List<string>> rows, HashSet<string> missing, bool decimalComma)
    {
        for (var j = 0; j < first.Count; j++)
        {
            var value = first[j];
            if (missing.Contains(value))
                continue;
            var rest = rows.Select(r => r[j]).Where(v => !missing.Contains(v)).ToList();
            if (rest.Count == 0)
                continue;
            if (ValueParser.TryNumber(value, decimalComma, out _) && rest.All(v => ValueParser.TryNumber(v, decimalComma, out _)))
                return true;
            if (ValueParser.TryDateTime(value, out _, out _) && rest.All(v => ValueParser.TryDateTime(v, out _, out _)))
                return true;
        }
        // an all-text file: a header's names rarely recur as values of their own column
        var recurring = Enumerable.Range(0, first.Count).Count(j => rows.Any(r => r[j] == first[j]));
        return rows.Count > 0 && recurring * 2 >= first.Count;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..37] + "..." : text;
}
