using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

using Carbet.Core;

namespace Carbet.Tracking.Storage;

/// <summary>The JSON the store keeps in text columns: schemas, metric maps and study attributes. Written through small
/// records of its own so that renaming a Core property never changes what is stored.</summary>
internal static class StoreJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return JsonSerializer.Serialize(schema.Columns.Select(c => new ColumnJson(c.Name, c.Kind, c.Nullable)).ToList(), Options);
    }

    public static TableSchema ReadSchema(string json) =>
        new((JsonSerializer.Deserialize<List<ColumnJson>>(json, Options) ?? []).Select(c => new ColumnSchema(c.Name, c.Kind, c.Nullable)));

    public static string Write(IReadOnlyDictionary<string, double> metrics) =>
        JsonSerializer.Serialize(new SortedDictionary<string, double>(metrics.ToDictionary(), StringComparer.Ordinal), Options);

    public static ImmutableSortedDictionary<string, double> ReadMetrics(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, double>>(json, Options) ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>The attributes of a study, in key order.</summary>
    public static string WriteAttributes(IReadOnlyDictionary<string, string> attributes) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(attributes.ToDictionary(), StringComparer.Ordinal), Options);

    public static ImmutableSortedDictionary<string, string> ReadAttributes(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>A small JSON object of named values, for audit events.</summary>
    public static string Write(IReadOnlyDictionary<string, object?> values) => JsonSerializer.Serialize(values, Options);

    /// <summary>A list of strings, such as the reasons a prediction is in review.</summary>
    public static string WriteList(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToList(), Options);

    public static ImmutableArray<string> ReadList(string json) => [.. JsonSerializer.Deserialize<List<string>>(json, Options) ?? []];

    private sealed record ColumnJson(string Name, ColumnKind Kind, bool Nullable);
}
