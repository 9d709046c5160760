using System.Globalization;
using System.Text;

namespace Carbet.Server.Web;

/// <summary>Builds an HTML page where every text and attribute value is encoded; only tag and attribute names, which come
/// from the code, and fragments from <see cref="Trusted"/> go out as they are.</summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new();

    /// <summary>Encoded text.</summary>
    public HtmlWriter Text(string? text)
    {
        Encode(text);
        return this;
    }

    /// <summary>A number as text, in the invariant culture so pages and tests read the same digits in every language.</summary>
    public HtmlWriter Number(double? value, string format = "0.0000") =>
        Text(value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a");

    /// <summary>An opening tag with encoded attribute values; attributes whose value is null are left out.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
                continue;
            _html.Append(' ').Append(name).Append("=\"");
            Encode(value);
            _html.Append('"');
        }
        _html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding encoded text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A link holding encoded text.</summary>
    public HtmlWriter Link(string href, string? text) => Element("a", text, ("href", href));

    /// <summary>A void element such as <c>input</c>.</summary>
    public HtmlWriter Void(string tag, params (string Name, string? Value)[] attributes) => Open(tag, attributes);

    /// <summary>A fragment already safe: a literal of the code, or the output of a renderer that encodes its own text.</summary>
    public HtmlWriter Trusted(string fragment)
    {
        _html.Append(fragment);
        return this;
    }

    public override string ToString() => _html.ToString();

    // the five characters that can end a text or a quoted attribute; accented letters stay readable in the source
    private void Encode(string? text)
    {
        foreach (var c in text ?? "")
        {
            _ = c switch
            {
                '&' => _html.Append("&amp;"),
                '<' => _html.Append("&lt;"),
                '>' => _html.Append("&gt;"),
                '"' => _html.Append("&quot;"),
                '\'' => _html.Append("&#39;"),
                _ => _html.Append(c),
            };
        }
    }
}
