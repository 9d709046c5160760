using System.Collections.Immutable;

using Carbet.Tracking.Predictions;

namespace Carbet.Tracking.Reviews;

/// <summary>Where a review stands.</summary>
public enum ReviewStatus
{
    /// <summary>Waiting for a person.</summary>
    Pending,

    /// <summary>A person kept the model's label.</summary>
    Accepted,

    /// <summary>A person replaced the model's label, with a comment.</summary>
    Overridden,
}

/// <summary>A prediction sent to a person, with the decision once made.</summary>
/// <param name="Reviewer">Who decided; null while pending.</param>
/// <param name="DecidedLabel">The label decided: the prediction's when accepted, the reviewer's when overridden; null while pending.</param>
public sealed record ReviewRecord(PredictionRecord Prediction, ReviewStatus Status, string? Reviewer, string? DecidedLabel, string? Comment,
    DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt);

/// <summary>A reviewer's decision on one prediction.</summary>
/// <param name="Status"><see cref="ReviewStatus.Accepted"/> or <see cref="ReviewStatus.Overridden"/>.</param>
/// <param name="Label">The label that replaces the prediction's; required when overridden, ignored when accepted.</param>
/// <param name="Comment">Why; required when overridden.</param>
public sealed record ReviewDecision(ReviewStatus Status, string Reviewer, string? Label, string? Comment);

/// <summary>What <see cref="IReviewStore.DecideAsync"/> did.</summary>
public enum DecisionStatus
{
    /// <summary>The decision was stored.</summary>
    Decided,

    /// <summary>The review was decided before; the first decision was kept.</summary>
    AlreadyDecided,

    /// <summary>No review exists for this prediction.</summary>
    UnknownReview,
}

/// <summary>The result of a decision: what happened and the review as the store now holds it (null when unknown).</summary>
public sealed record DecisionResult(DecisionStatus Status, ReviewRecord? Review);

/// <summary>Which reviews to list, newest first.</summary>
public sealed record ReviewQuery
{
    /// <value>Only reviews of this model. The default, null, is every model.</value>
    public string? Model { get; init; }

    /// <value>Only reviews in this status. The default, null, is every status.</value>
    public ReviewStatus? Status { get; init; }

    /// <value>How many to skip. The default is 0.</value>
    public int Skip { get; init; }

    /// <value>How many to return, 1 to 1,000. The default is 50.</value>
    public int Take { get; init; } = 50;
}

/// <summary>One page of reviews and how many match in all.</summary>
public sealed record ReviewPage(ImmutableArray<ReviewRecord> Reviews, int Total);

/// <summary>How many reviews are in each status.</summary>
public sealed record ReviewCounts(int Pending, int Accepted, int Overridden)
{
    /// <summary>The backlog: reviews waiting for a person.</summary>
    public int Backlog => Pending;

    /// <summary>Overridden over decided reviews; null before the first decision.</summary>
    public double? OverrideRate => Accepted + Overridden == 0 ? null : (double)Overridden / (Accepted + Overridden);
}

/// <summary>The stop switch of a model: while on, every prediction goes to review.</summary>
/// <param name="Actor">Who last flipped it; null when it was never set.</param>
/// <param name="Reason">Why; null when it was never set.</param>
/// <param name="At">When; null when it was never set.</param>
public sealed record StopSwitchState(string Model, bool On, string? Actor, string? Reason, DateTimeOffset? At)
{
    /// <summary>The state of a switch never flipped: off.</summary>
    public static StopSwitchState Never(string model) => new(model, false, null, null, null);
}
