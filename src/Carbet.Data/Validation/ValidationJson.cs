using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Carbet.Data.Validation;

/// <summary>Writes validation results as JSON for reports and the server.</summary>
public static class ValidationJson
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The result as indented JSON with snake_case names; each expectation carries its <c>type</c>.</summary>
    public static string Write(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("source", result.Source);
            json.WriteBoolean("passed", result.Passed);
            json.WriteNumber("failed_count", result.FailedCount);
            json.WriteStartArray("results");
            foreach (var r in result.Results)
            {
                json.WriteStartObject();
                json.WriteString("name", r.Expectation.Name);
                json.WriteString("type", r.Expectation.Type);
                json.WriteBoolean("passed", r.Passed);
                json.WriteNumber("evaluated", r.Evaluated);
                json.WriteNumber("failing", r.Failing);
                json.WriteStartArray("failing_lines");
                foreach (var line in r.FailingLines)
                    json.WriteNumberValue(line);
                json.WriteEndArray();
                json.WriteString("message", r.Message);
                json.WritePropertyName("expectation");
                JsonSerializer.Serialize(json, r.Expectation, Options);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
