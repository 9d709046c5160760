using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

using Carbet.Core;
using Carbet.Data.Reading;
using Carbet.Data.Tables;

namespace Carbet.Data.Writing;

/// <summary>What Parquet cannot say about a Carbet column: its kind, whether dates carry a time, its missing markers.</summary>
internal sealed record StoredColumn(string Name, ColumnKind Kind, bool HasTime, ImmutableSortedDictionary<string, int> MissingTokens)
{
    public DataColumn Build(string name, ColumnValues values) => Kind switch
    {
        ColumnKind.Integer or ColumnKind.Number or ColumnKind.Boolean => new NumericColumn(name, Kind, values.Numbers!, MissingTokens),
        ColumnKind.DateTime => new DateTimeColumn(name, values.Ticks!, HasTime, MissingTokens),
        _ => TextColumn.FromValues(name, Kind, values.AsText(), MissingTokens),
    };
}

/// <summary>The key-value metadata entry holding the <see cref="StoredColumn"/> list.</summary>
internal static class StoredColumns
{
    public const string Key = "carbet.columns";

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Serialize(IEnumerable<StoredColumn> columns) => JsonSerializer.Serialize(columns.ToList(), Json);

    public static Dictionary<string, StoredColumn>? Parse(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null || !metadata.TryGetValue(Key, out var json))
            return null;
        return JsonSerializer.Deserialize<List<StoredColumn>>(json, Json)?.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }
}
