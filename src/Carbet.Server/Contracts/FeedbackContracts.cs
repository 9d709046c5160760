using System.Text.Json;
using System.Text.Json.Serialization;

using Carbet.Tracking.Predictions;

namespace Carbet.Server.Contracts;

/// <summary>The body of <c>POST /api/v1/feedback</c>: the actual outcome of a prediction, learned later.</summary>
public sealed record FeedbackRequest
{
    /// <value>The prediction id the predict call returned.</value>
    [JsonPropertyName("prediction_id")]
    public Guid? PredictionId { get; init; }

    /// <value>What actually happened: true (the positive class) or false.</value>
    public JsonElement? Outcome { get; init; }

    /// <value>Who reports it, such as the name of the loan system. The default is <c>api</c>.</value>
    public string? Source { get; init; }
}

/// <summary>The outcome the store holds for a prediction.</summary>
/// <param name="Status"><c>recorded</c>, or <c>unchanged</c> when the same outcome was recorded before.</param>
public sealed record FeedbackDto(Guid PredictionId, bool? Outcome, string Source, DateTimeOffset RecordedAt, string Status)
{
    internal static FeedbackDto From(FeedbackRecord f, FeedbackStatus status) =>
        new(f.PredictionId, LabelText.ToBool(f.Outcome), f.Source, f.RecordedAt, status == FeedbackStatus.Recorded ? "recorded" : "unchanged");
}

/// <summary>The body of <c>POST /api/v1/admin/stop-switch</c>.</summary>
public sealed record StopSwitchRequest
{
    /// <value>True sends every prediction to review; false restores the bands.</value>
    public bool? On { get; init; }

    /// <value>Why; required.</value>
    public string? Reason { get; init; }

    /// <value>Who flips it. The default is <c>admin</c> (the API key's name once keys exist).</value>
    public string? Actor { get; init; }
}

/// <summary>The stop switch of the model served.</summary>
public sealed record StopSwitchDto(string Model, bool On, string? Reason, string? Actor, DateTimeOffset? At);
