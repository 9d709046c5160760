using System.Text.Json;
using System.Text.Json.Serialization;

using Carbet.Core;

namespace Carbet.Data.Profiling;

/// <summary>Writes a <see cref="DatasetProfile"/> as JSON: camelCase, indented, keys in declaration order, enums as
/// names, and NaN or infinite numbers as null so any JSON reader accepts the file.</summary>
public static class ProfileJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new FiniteDoubleJsonConverter() },
    };

    /// <summary>The profile as JSON text.</summary>
    public static string Write(DatasetProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return JsonSerializer.Serialize(profile, Options);
    }
}
