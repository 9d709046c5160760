using System.Collections.Immutable;
using System.Text.Json;

using Carbet.Serving.Scoring;
using Carbet.Tracking.Predictions;

namespace Carbet.Serving.Logging;

/// <summary>Turns a request's predictions into the records the log keeps.</summary>
public static class PredictionEntries
{
    /// <summary>One record per prediction, with the row it scored as the client sent it, its configured fields pseudonymised.</summary>
    /// <param name="latencyMs">How long the request took to score its rows.</param>
    /// <param name="at">When the request was scored.</param>
    /// <param name="pseudonymiser">Replaces configured fields by pseudonyms; null keeps the row as sent.</param>
    public static ImmutableArray<PredictionRecord> From(ImmutableArray<RowPrediction> predictions, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> rows,
        double latencyMs, DateTimeOffset at, Pseudonymiser? pseudonymiser = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var records = ImmutableArray.CreateBuilder<PredictionRecord>(predictions.Length);
        for (var i = 0; i < predictions.Length; i++)
        {
            var p = predictions[i];
            records.Add(new PredictionRecord(p.PredictionId, p.Model, p.Version, JsonSerializer.Serialize(pseudonymiser is null ? rows[i] : pseudonymiser.Apply(rows[i])), p.Score, Label(p.Label), p.Band,
                p.Reasons, latencyMs, at));
        }
        return records.MoveToImmutable();
    }

    /// <summary>A binary label as the store keeps it.</summary>
    public static string Label(bool label) => label ? "true" : "false";
}
