using System.Text.Json;

namespace Carbet.Serving.Events;

/// <summary>A prediction request read from the queue: the body of <c>POST /api/v1/models/{model}/predict</c> plus the
/// model's name and an id that the result carries back.</summary>
public sealed record PredictionMessage
{
    /// <value>The client's id for the request, copied to the result and used to drop duplicates. When absent, the
    /// message's <c>correlation_id</c> or <c>message_id</c> property is used.</value>
    public string? RequestId { get; init; }

    /// <value>The registered model's name; it must be the one this consumer serves.</value>
    public string? Model { get; init; }

    /// <value>A batch of rows, each a JSON object from input column to value. Give this or <see cref="Row"/>.</value>
    public IReadOnlyList<Dictionary<string, JsonElement>?>? Rows { get; init; }

    /// <value>A single row. Give this or <see cref="Rows"/>.</value>
    public Dictionary<string, JsonElement>? Row { get; init; }

    /// <value>The alias whose version scores the rows. The default, null, is the consumer's alias.</value>
    public string? Alias { get; init; }

    /// <value>A version number to score with instead of an alias.</value>
    public int? Version { get; init; }

    /// <value>Whether to return each input column's contribution to the score. The default is false.</value>
    public bool Contributions { get; init; }
}
