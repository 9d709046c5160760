using System.Text;

namespace Carbet.Data.Csv;

/// <summary>Writes RFC 4180 CSV: UTF-8 without BOM, '\n' line ends, fields quoted only when they must be.</summary>
/// <remarks>The caller formats values (with the invariant culture); a null field is written empty.</remarks>
internal sealed class CsvWriter : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly StreamWriter _writer;

    public CsvWriter(Stream stream, bool leaveOpen = false) =>
        _writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen) { NewLine = "\n" };

    /// <summary>Data rows written so far; the header is not counted.</summary>
    public long Rows { get; private set; }

    // rows go through the writer's buffer synchronously, so a synchronous file handle
    public static CsvWriter Create(string path) => new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));

    public void WriteHeader(IEnumerable<string> names)
    {
        WriteFields([.. names]);
    }

    public void WriteRow(ReadOnlySpan<string?> fields)
    {
        WriteFields(fields);
        Rows++;
    }

    public Task FlushAsync(CancellationToken ct) => _writer.FlushAsync(ct);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>The field as it appears in the file: quoted, with quotes doubled, when it holds a separator, a quote,
    /// a line break, or leading or trailing white space (which readers that trim would otherwise lose).</summary>
    public static string Escape(string field)
    {
        var mustQuote = field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));
        return mustQuote ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private void WriteFields(ReadOnlySpan<string?> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
                _writer.Write(',');
            if (fields[i] is { Length: > 0 } field)
                _writer.Write(Escape(field));
        }
        _writer.Write('\n');
    }
}
