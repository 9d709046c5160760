using System.Text.Json;

namespace Carbet.Server.Contracts;

/// <summary>Labels of a binary model on the wire (JSON <c>true</c>/<c>false</c>, also 1/0 and their strings) and in the store (<c>true</c>/<c>false</c>).</summary>
internal static class LabelText
{
    public const string Expected = "Send true (the positive class) or false; 1, 0, \"true\", \"false\", \"1\" and \"0\" are accepted too.";

    public static string? Parse(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number when value.Value.TryGetInt32(out var n) && n is 0 or 1 => n == 1 ? "true" : "false",
        JsonValueKind.String => value.Value.GetString()?.Trim().ToLowerInvariant() switch
        {
            "true" or "1" => "true",
            "false" or "0" => "false",
            _ => null,
        },
        _ => null,
    };

    public static bool? ToBool(string? label) => label switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };
}
