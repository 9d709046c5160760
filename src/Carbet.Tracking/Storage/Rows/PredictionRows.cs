namespace Carbet.Tracking.Storage.Rows;

internal sealed class PredictionRow
{
    /// <summary>The prediction id: a UUID in its 36-character lower-case form.</summary>
    public required string Id { get; set; }
    public required string Model { get; set; }
    public int Version { get; set; }

    /// <summary>The input row as the client sent it, a JSON object.</summary>
    public required string Inputs { get; set; }
    public double Score { get; set; }
    public required string Label { get; set; }
    public required string Band { get; set; }

    /// <summary>Why the row is in review, a JSON array of strings.</summary>
    public required string Reasons { get; set; }
    public double LatencyMs { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class FeedbackRow
{
    public required string PredictionId { get; set; }
    public required string Outcome { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class ReviewRow
{
    public required string PredictionId { get; set; }

    /// <summary><c>pending</c>, <c>accepted</c> or <c>overridden</c>.</summary>
    public required string Status { get; set; }
    public string? Reviewer { get; set; }
    public string? DecidedLabel { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

/// <summary>One flip of a model's stop switch; the latest row of a model is its state.</summary>
internal sealed class ReviewSwitchRow
{
    public long Id { get; set; }
    public required string Model { get; set; }
    public bool IsOn { get; set; }
    public required string Reason { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset At { get; set; }
}
