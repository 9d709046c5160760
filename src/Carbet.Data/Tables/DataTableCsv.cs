using Carbet.Data.Csv;

namespace Carbet.Data.Tables;

/// <summary>Writes a table as RFC 4180 CSV (UTF-8, invariant numbers, ISO dates, blanks for missing values).</summary>
public static class DataTableCsv
{
    /// <summary>Writes the table to a file, header first.</summary>
    public static Task WriteAsync(DataTable table, string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        return WriteAsync(table, path, Enumerable.Range(0, table.RowCount), ct);
    }

    /// <summary>Writes the header and the given rows (by index, in the order given) to a file.</summary>
    public static async Task WriteAsync(DataTable table, string path, IEnumerable<int> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        await using var writer = CsvWriter.Create(path);
        writer.WriteHeader(table.Columns.Select(c => c.Name));
        var fields = new string?[table.Columns.Length];
        var written = 0;
        foreach (var row in rows)
        {
            if (written++ % 10_000 == 0)
                ct.ThrowIfCancellationRequested();
            for (var c = 0; c < fields.Length; c++)
                fields[c] = table.Columns[c].Format(row);
            writer.WriteRow(fields);
        }
        await writer.FlushAsync(ct);
    }
}
