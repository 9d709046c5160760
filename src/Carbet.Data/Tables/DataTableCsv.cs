using Carbet.Data.Csv;

namespace Carbet.Data.Tables;

/// <summary>Writes a table as RFC 4180 CSV (UTF-8, invariant numbers, ISO dates, blanks for missing values).</summary>
public static class DataTableCsv
{
    /// <summary>Writes the table to a file, header first.</summary>
    public static async Task WriteAsync(DataTable table, string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var writer = CsvWriter.Create(path);
        writer.WriteHeader(table.Columns.Select(c => c.Name));
        var fields = new string?[table.Columns.Length];
        for (var row = 0; row < table.RowCount; row++)
        {
            if (row % 10_000 == 0)
                ct.ThrowIfCancellationRequested();
            for (var c = 0; c < fields.Length; c++)
                fields[c] = table.Columns[c].Format(row);
            writer.WriteRow(fields);
        }
        await writer.FlushAsync(ct);
    }
}
