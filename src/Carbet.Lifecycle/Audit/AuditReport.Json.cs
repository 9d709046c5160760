using System.Text.Json;
using System.Text.Json.Serialization;

namespace Carbet.Lifecycle.Audit;

internal static partial class AuditReport
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new FiniteOrNull() },
    };

    /// <summary>The audit for machines: the summary as JSON, undefined rates as null.</summary>
    public static string Json(AuditSummary summary) => JsonSerializer.Serialize(summary, JsonOptions);

    private sealed class FiniteOrNull : JsonConverter<double>
    {
        public override bool HandleNull => true;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
                writer.WriteNumberValue(value);
            else
                writer.WriteNullValue();
        }
    }
}
