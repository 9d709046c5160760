using System.Collections.Immutable;

namespace Carbet.Tracking.Predictions;

/// <summary>One prediction as the log keeps it.</summary>
/// <param name="Id">The prediction id the client received.</param>
/// <param name="Model">The model name.</param>
/// <param name="Version">The model version that scored the row.</param>
/// <param name="Inputs">The input row as the client sent it, a JSON object.</param>
/// <param name="Score">The probability of the positive class.</param>
/// <param name="Label">The predicted label as text (<c>true</c> or <c>false</c> for a binary model).</param>
/// <param name="Band"><c>auto</c> or <c>review</c>.</param>
/// <param name="Reasons">Why the row is in review; empty in <c>auto</c>.</param>
/// <param name="LatencyMs">How long the request that scored it took to score its rows, in milliseconds.</param>
/// <param name="CreatedAt">When it was made.</param>
public sealed record PredictionRecord(Guid Id, string Model, int Version, string Inputs, double Score, string Label, string Band,
    ImmutableArray<string> Reasons, double LatencyMs, DateTimeOffset CreatedAt)
{
    /// <summary>The band whose predictions open a pending review when logged.</summary>
    public const string ReviewBand = "review";
}

/// <summary>The actual outcome of a prediction, learned later.</summary>
/// <param name="Source">Who or what reported it, such as <c>api</c> or a system's name.</param>
public sealed record FeedbackRecord(Guid PredictionId, string Outcome, string Source, DateTimeOffset RecordedAt);

/// <summary>What <see cref="IPredictionStore.RecordFeedbackAsync"/> did.</summary>
public enum FeedbackStatus
{
    /// <summary>The outcome was stored.</summary>
    Recorded,

    /// <summary>The same outcome was already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>Another outcome was already stored; it was kept.</summary>
    Conflict,

    /// <summary>No prediction has this id.</summary>
    UnknownPrediction,
}

/// <summary>The result of recording feedback: what happened and the outcome the store holds (null for an unknown prediction).</summary>
public sealed record FeedbackResult(FeedbackStatus Status, FeedbackRecord? Feedback);

/// <summary>A logged prediction with the label people gave it: the actual outcome when known, else the reviewer's decision.</summary>
/// <param name="Label">The label to learn from and to monitor against.</param>
/// <param name="LabelSource"><c>feedback</c> (the actual outcome) or <c>review</c> (a reviewer's decision).</param>
public sealed record LabelledPrediction(PredictionRecord Prediction, string Label, string LabelSource)
{
    /// <summary>The label source of an actual outcome.</summary>
    public const string FromFeedback = "feedback";

    /// <summary>The label source of a reviewer's decision.</summary>
    public const string FromReview = "review";
}
