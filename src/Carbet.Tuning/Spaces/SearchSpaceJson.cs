using System.Text.Json;
using System.Text.Json.Serialization;

using Carbet.Core;

namespace Carbet.Tuning.Spaces;

/// <summary>Writes and reads a <see cref="SearchSpace"/> as JSON, so a study can keep its space in its attributes.</summary>
public static class SearchSpaceJson
{
    /// <summary>The key under which a study keeps its space in <see cref="Storage.StudyRecord.Attributes"/>.</summary>
    public const string AttributeKey = "search_space";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The space as JSON.</summary>
    public static string Serialize(SearchSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        return JsonSerializer.Serialize(space.Parameters, Options);
    }

    /// <summary>The space written by <see cref="Serialize"/>; checked as any new space is.</summary>
    public static SearchSpace Deserialize(string json)
    {
        try
        {
            var parameters = JsonSerializer.Deserialize<List<SearchParameter>>(json, Options);
            return new SearchSpace(parameters ?? []);
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"The search space JSON is not valid: {e.Message}", "Write the space as a list of parameters with name and distribution.", e);
        }
    }
}
