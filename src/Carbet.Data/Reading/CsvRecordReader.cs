using System.Text;

using Carbet.Core;

namespace Carbet.Data.Reading;

/// <summary>Splits lines into trimmed fields; a quoted field may span lines.</summary>
/// <remarks>A quote opens a field only as the field's first non-blank character, so <c>12" pipe</c> stays literal.
/// Inside quotes a doubled quote is one quote. A null delimiter splits on runs of spaces and tabs.</remarks>
internal sealed class CsvRecordReader(LineReader lines, char? delimiter, char quote, string path)
{
    private readonly StringBuilder _field = new();

    /// <summary>The line where the last record started.</summary>
    public long Line { get; private set; }

    public LineReader Lines => lines;

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end. A blank line gives no fields.</summary>
    public bool Read(List<string> fields)
    {
        fields.Clear();
        var text = lines.ReadLine();
        if (text is null)
            return false;
        Line = lines.Line;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var i = 0;
        while (true)
        {
            while (i < text.Length && IsBlank(text[i]))
                i++;
            if (delimiter is null && i == text.Length)
                return true;
            if (i < text.Length && text[i] == quote)
                fields.Add(ReadQuoted(ref text, ref i));
            else
            {
                var end = NextDelimiter(text, i);
                fields.Add(text[i..end].TrimEnd());
                i = end;
            }
            if (i >= text.Length)
                return true;
            i++;
        }
    }

    private string ReadQuoted(ref string text, ref int i)
    {
        var opened = lines.Line;
        _field.Clear();
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                text = lines.ReadLine() ?? throw new UserErrorException(
                    $"{path} line {opened}: a quoted field opens here and never closes.",
                    $"Add the closing {quote} to the field on line {opened}, or remove the stray {quote}.");
                _field.Append('\n');
                i = 0;
                continue;
            }
            var c = text[i++];
            if (c != quote)
                _field.Append(c);
            else if (i < text.Length && text[i] == quote)
            {
                _field.Append(quote);
                i++;
            }
            else
                break;
        }
        var end = NextDelimiter(text, i);
        if (end > i)
            _field.Append(text.AsSpan(i, end - i).TrimEnd());
        i = end;
        return _field.ToString();
    }

    private int NextDelimiter(string text, int from)
    {
        var end = delimiter is { } d ? text.IndexOf(d, from) : text.AsSpan(from).IndexOfAny(' ', '\t') is var j and >= 0 ? from + j : -1;
        return end < 0 ? text.Length : end;
    }

    private bool IsBlank(char c) => (c == ' ' || c == '\t') && c != delimiter;
}
