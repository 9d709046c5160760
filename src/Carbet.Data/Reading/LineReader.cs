using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

using Carbet.Core;

namespace Carbet.Data.Reading;

/// <summary>Reads physical lines of a text file, decoding each line on its own.</summary>
/// <remarks>Lines are split on the byte <c>\n</c>, which never occurs inside a UTF-8 sequence, so each line can be
/// decoded separately: in automatic mode a line that is valid UTF-8 is read as UTF-8, any other as Latin-1. A file mixing
/// both therefore keeps its UTF-8 text intact, and the Latin-1 lines are counted so the load can report the repair.</remarks>
internal sealed class LineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly Encoding? _forced;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    public LineReader(string path, string? encoding)
    {
        _forced = encoding?.ToUpperInvariant() switch
        {
            null => null,
            "UTF-8" or "UTF8" => new UTF8Encoding(false),
            "LATIN-1" or "LATIN1" or "ISO-8859-1" => Encoding.Latin1,
            _ => throw new UserErrorException($"Encoding '{encoding}' is not supported for {path}.", "Set encoding to utf-8 or latin-1."),
        };
        Stream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserErrorException($"The data file {path} does not exist.", "Check the path in carbet.yaml (it is relative to the project folder).");
        }
        _stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long Line { get; private set; }

    public long Latin1Lines { get; private set; }
    public long FirstLatin1Line { get; private set; }
    public long Utf8Lines { get; private set; }
    public long BytesRead { get; private set; }

    /// <summary>The next line without its line break, or null at the end.</summary>
    public string? ReadLine()
    {
        var searched = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var end = _start + searched + newline;
                var line = Decode(_buffer.AsSpan(_start, end - _start));
                _start = end + 1;
                return line;
            }
            searched = _end - _start;
            if (_eof)
            {
                if (searched == 0)
                    return null;
                var line = Decode(_buffer.AsSpan(_start, searched));
                _start = _end;
                return line;
            }
            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        BytesRead += read;
        if (read == 0)
            _eof = true;
        _end += read;
    }

    private string Decode(ReadOnlySpan<byte> bytes)
    {
        Line++;
        if (Line == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
            bytes = bytes[..^1];
        if (_forced is not null)
            return _forced.GetString(bytes);
        if (Ascii.IsValid(bytes))
            return Encoding.Latin1.GetString(bytes);
        if (Utf8.IsValid(bytes))
        {
            Utf8Lines++;
            return Encoding.UTF8.GetString(bytes);
        }
        Latin1Lines++;
        if (FirstLatin1Line == 0)
            FirstLatin1Line = Line;
        return Encoding.Latin1.GetString(bytes);
    }
}
