using System.Globalization;
using System.Text.Json;

namespace Carbet.Data.DemoWorld;

/// <summary>Writes <c>manifest.json</c>: how the world was made and what each file holds, with no timestamp so that
/// the same options give the same bytes.</summary>
internal static class ManifestWriter
{
    public static async Task WriteAsync(string path, DemoWorldOptions options, IReadOnlyList<WrittenFile> files, long applications, CancellationToken ct)
    {
        var drift = DemoWorldDrift.For(options);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 12, useAsync: true);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        json.WriteStartObject();
        json.WriteString("generator", "carbet-demo-world");
        json.WriteString("generator_version", DemoWorldGenerator.Version);
        json.WriteNumber("seed", options.Seed);
        json.WriteStartObject("options");
        json.WriteNumber("months", options.Months);
        json.WriteNumber("seed", options.Seed);
        json.WriteString("start", options.FirstMonth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("applications_per_month", options.ApplicationsPerMonth);
        json.WriteEndObject();
        json.WriteNumber("applications", applications);

        json.WriteStartObject("drift");
        WriteMonth(json, "income_inflation_from", options, drift.IncomeInflationFrom);
        json.WriteNumber("income_inflation_per_month", drift.IncomeInflationPerMonth);
        WriteMonth(json, "new_purpose_from", options, drift.NewPurposeFrom);
        json.WriteString("new_purpose", drift.NewPurpose);
        json.WriteString("hurricane_territory", drift.HurricaneTerritory);
        WriteMonths(json, "hurricane_months", options, drift.HurricaneMonths);
        WriteMonths(json, "hurricane_aftermath_months", options, drift.HurricaneAftermathMonths);
        json.WriteEndObject();

        json.WriteStartArray("columns");
        foreach (var column in DemoWorldColumns.Schema.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("kind", column.Kind.ToString());
            json.WriteBoolean("nullable", column.Nullable);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("files");
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteNumber("rows", file.Rows);
            json.WriteNumber("bytes", file.Bytes);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
        await stream.WriteAsync("\n"u8.ToArray(), ct);
    }

    private static void WriteMonth(Utf8JsonWriter json, string name, DemoWorldOptions options, int index)
    {
        json.WritePropertyName(name);
        WriteMonth(json, options, index);
    }

    private static void WriteMonths(Utf8JsonWriter json, string name, DemoWorldOptions options, IEnumerable<int> indexes)
    {
        json.WriteStartArray(name);
        foreach (var index in indexes)
            WriteMonth(json, options, index);
        json.WriteEndArray();
    }

    private static void WriteMonth(Utf8JsonWriter json, DemoWorldOptions options, int index)
    {
        json.WriteStartObject();
        json.WriteNumber("index", index);
        json.WriteString("month", Month(options, index));
        json.WriteEndObject();
    }

    private static string Month(DemoWorldOptions options, int index) =>
        options.FirstMonth.AddMonths(index - 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
