using System.Globalization;
using System.Text.Json;

using Carbet.Core;

namespace Carbet.Server.Web;

/// <summary>Turns the fields of the prediction form into the JSON row the API would receive, so the same validator judges
/// both: an empty field is null, a number or a boolean is typed when it reads as one, anything else stays a string for the
/// validator to name.</summary>
internal static class FormRow
{
    public const string Prefix = "f.";

    public static Dictionary<string, JsonElement> From(IFormCollection form, TableSchema signature) =>
        signature.Columns.ToDictionary(c => c.Name, c => Value(c.Kind, form[Prefix + c.Name].ToString().Trim()), StringComparer.Ordinal);

    public static JsonElement Value(ColumnKind kind, string text)
    {
        if (text.Length == 0)
            return JsonSerializer.SerializeToElement<string?>(null);
        return kind switch
        {
            // a French browser user may type a decimal comma
            ColumnKind.Integer or ColumnKind.Number when double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) =>
                JsonSerializer.SerializeToElement(number),
            ColumnKind.Boolean when text is "true" or "false" => JsonSerializer.SerializeToElement(text == "true"),
            _ => JsonSerializer.SerializeToElement(text),
        };
    }
}
