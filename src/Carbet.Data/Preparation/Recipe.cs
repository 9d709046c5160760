using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

using Carbet.Core;

namespace Carbet.Data.Preparation;

/// <summary>An ordered list of preparation steps, stored as JSON so it can be replayed.</summary>
/// <param name="Steps">The steps, applied in order.</param>
public sealed record Recipe(ImmutableArray<RecipeStep> Steps)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The recipe as indented JSON: <c>{"steps": [{"type": "trim_whitespace"}, ...]}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(new RecipeDocument([.. Steps]), Json);

    /// <summary>Reads a recipe written by <see cref="ToJson"/>.</summary>
    /// <exception cref="UserErrorException">The text is not a recipe.</exception>
    public static Recipe FromJson(string json)
    {
        try
        {
            var document = JsonSerializer.Deserialize<RecipeDocument>(json, Json);
            if (document?.Steps is not { } steps || steps.Any(s => s is null))
                throw new JsonException("The recipe has no steps list, or a null step.");
            return new Recipe([.. steps]);
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"The recipe JSON is invalid: {e.Message}",
                "Write the recipe with Recipe.ToJson, or check each step's \"type\" and properties.", e);
        }
    }

    private sealed record RecipeDocument(IReadOnlyList<RecipeStep> Steps);
}
