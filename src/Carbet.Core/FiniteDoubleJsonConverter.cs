using System.Text.Json;
using System.Text.Json.Serialization;

namespace Carbet.Core;

/// <summary>Writes NaN and infinite numbers as JSON null, which every JSON reader accepts, and reads null back as NaN: for
/// reports where a rate can be undefined.</summary>
public sealed class FiniteDoubleJsonConverter : JsonConverter<double>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value))
            writer.WriteNumberValue(value);
        else
            writer.WriteNullValue();
    }
}
