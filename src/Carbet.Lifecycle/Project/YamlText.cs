using System.Globalization;
using System.Text;

namespace Carbet.Lifecycle.Project;

/// <summary>Text written into carbet.yaml so that <see cref="ProjectFileLoader"/> reads back exactly the same string.</summary>
internal static class YamlText
{
    /// <summary>A double-quoted YAML scalar: backslash, quote, line breaks and other control characters escaped.</summary>
    public static string Quote(string text)
    {
        var y = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => y.Append(@"\\"),
                '"' => y.Append("\\\""),
                '\n' => y.Append(@"\n"),
                '\r' => y.Append(@"\r"),
                '\t' => y.Append(@"\t"),
                // YAML folds or rejects these inside a quoted scalar: C0 and C1 controls, DEL, NEL, line and paragraph separators, BOM
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => y.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => y.Append(c),
            };
        }
        return y.Append('"').ToString();
    }
}
