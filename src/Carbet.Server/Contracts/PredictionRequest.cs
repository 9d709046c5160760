using System.Text.Json;

namespace Carbet.Server.Contracts;

/// <summary>The body of <c>POST /api/v1/models/{model}/predict</c>: one row or a batch, by alias or version.</summary>
public sealed record PredictionRequest
{
    /// <value>A batch of rows, each a JSON object from input column to value. Give this or <c>row</c>.</value>
    public IReadOnlyList<Dictionary<string, JsonElement>?>? Rows { get; init; }

    /// <value>A single row. Give this or <c>rows</c>.</value>
    public Dictionary<string, JsonElement>? Row { get; init; }

    /// <value>The alias whose version scores the rows. The default, null, is the server's alias (usually <c>champion</c>).</value>
    public string? Alias { get; init; }

    /// <value>A version number to score with instead of an alias.</value>
    public int? Version { get; init; }

    /// <value>Whether to return each input column's contribution to the score. The default is false.</value>
    public bool Contributions { get; init; }
}
