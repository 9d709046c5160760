using System.Text.Json;
using System.Text.Json.Serialization;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>The JSON settings of the machine-readable reports the workflows store: camelCase, indented, enums as text.</summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
