using System.Text.Json;
using System.Text.Json.Serialization;

namespace Carbet.Data.Profiling;

/// <summary>Writes a <see cref="DatasetProfile"/> as JSON: camelCase, indented, keys in declaration order, enums as
/// names, and NaN or infinite numbers as null so any JSON reader accepts the file.</summary>
public static class ProfileJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new FiniteDoubleConverter() },
    };

    /// <summary>The profile as JSON text.</summary>
    public static string Write(DatasetProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return JsonSerializer.Serialize(profile, Options);
    }

    private sealed class FiniteDoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
                writer.WriteNumberValue(value);
            else
                writer.WriteNullValue();
        }

        public override bool HandleNull => true;
    }
}
