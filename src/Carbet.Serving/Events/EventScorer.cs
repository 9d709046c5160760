using System.Diagnostics;
using System.Text.Json;

using Carbet.Serving.Hosting;

namespace Carbet.Serving.Events;

/// <summary>What became of one message: a result to publish, or the reason it goes to the dead-letter queue.</summary>
/// <param name="RequestId">The request's id, when the message carried one.</param>
/// <param name="Result">The result, or null when the message is refused.</param>
/// <param name="Refusal">Why the message is refused, in a sentence saying what to send instead; null when scored.</param>
/// <param name="Loggable">The refusal without input values, for logs: invalid rows name their fields only.</param>
internal sealed record EventOutcome(string? RequestId, PredictionResultMessage? Result, string? Refusal, string? Loggable = null)
{
    public string? LogText => Loggable ?? Refusal;
}

/// <summary>Turns a message body into a result through the same <see cref="ModelHost"/> and row checks as the HTTP API;
/// a message that no retry can fix (bad JSON, another model, an invalid row) becomes a refusal, never an exception.</summary>
internal sealed class EventScorer(ModelHost host, int maxRows, EventRecording? recording = null)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<EventOutcome> ScoreAsync(ReadOnlyMemory<byte> body, string? fallbackId, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        PredictionMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<PredictionMessage>(body.Span, Json);
        }
        catch (JsonException e)
        {
            return new(fallbackId, null, $"The body is not a JSON prediction request ({e.Message}); send {{\"requestId\": ..., \"model\": ..., \"rows\": [{{...}}]}}.");
        }
        if (message is null)
            return new(fallbackId, null, "The body is JSON null; send {\"requestId\": ..., \"model\": ..., \"rows\": [{...}]}.");
        var id = string.IsNullOrWhiteSpace(message.RequestId) ? fallbackId : message.RequestId;
        if (string.IsNullOrWhiteSpace(id))
            return new(null, null, "The request has no id; set requestId in the body (or the message's correlation_id).");
        if (!string.Equals(message.Model, host.Options.Model, StringComparison.Ordinal))
            return new(id, null, $"This consumer does not serve a model named '{message.Model}'; it serves '{host.Options.Model}'.");
        if (Shape(message) is { } shape)
            return new(id, null, shape);
        if (await host.ResolveAsync(message.Alias, message.Version, ct) is not { } loaded)
        {
            var target = message.Version is { } v ? $"version {v}" : $"alias '{message.Alias ?? host.Options.Alias}'";
            return new(id, null, $"Model '{message.Model}' has no {target}; list its versions and aliases with 'carbet models show {message.Model}'.");
        }
        IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> rows = [.. (message.Rows ?? [message.Row]).Select(r => (IReadOnlyDictionary<string, JsonElement>)r!)];
        var result = loaded.Score(rows, message.Contributions, host.Options.ReviewBand, host.Time);
        if (!result.Succeeded)
        {
            Func<int, string> prefix = message.Rows is null ? _ => "row" : i => $"rows[{i}]";
            var errors = result.Errors.Select(e => $"{prefix(e.Row)}.{e.Field}: {e.Message}");
            var fields = result.Errors.Select(e => $"{prefix(e.Row)}.{e.Field}").Distinct(StringComparer.Ordinal);
            return new(id, null, "Some input fields are invalid: " + string.Join(" ", errors), "Invalid fields " + string.Join(", ", fields));
        }
        var predictions = recording?.StopSwitch?.Apply(result.Predictions) ?? result.Predictions;
        recording?.Log.Enqueue(predictions, rows, Stopwatch.GetElapsedTime(started).TotalMilliseconds, host.Time.GetUtcNow());
        return new(id, PredictionResultMessage.From(id, loaded.Version.Model, loaded.Version.Version, predictions), null);
    }

    private string? Shape(PredictionMessage message)
    {
        if ((message.Rows is null) == (message.Row is null))
            return "Send either rows: [{...}, ...] or row: {...}, not both and not neither.";
        if (message.Rows is { Count: 0 })
            return "rows is empty; send at least one row.";
        if (message.Rows is { } rows && rows.Count > maxRows)
            return $"{rows.Count} rows is more than the {maxRows} one request may carry; split the batch.";
        if (message.Rows is { } batch && batch.Select((r, i) => (r, i)).Where(x => x.r is null).Select(x => $"rows[{x.i}]").ToList() is { Count: > 0 } nulls)
            return $"{string.Join(", ", nulls)} is null; send an object of input fields.";
        if (message.Alias is not null && message.Version is not null)
            return "Give an alias or a version, not both.";
        return null;
    }
}
