using System.Text.Json;

using Carbet.Tracking.Reviews;

namespace Carbet.Server.Contracts;

/// <summary>The body of <c>POST /api/v1/reviews/{predictionId}</c>.</summary>
public sealed record ReviewDecisionRequest
{
    /// <value><c>accept</c> (keep the model's label) or <c>override</c> (replace it; needs <see cref="Label"/> and <see cref="Comment"/>).</value>
    public string? Decision { get; init; }

    /// <value>The label that replaces the model's, for <c>override</c>: true or false.</value>
    public JsonElement? Label { get; init; }

    /// <value>Why; required for <c>override</c>.</value>
    public string? Comment { get; init; }

    /// <value>Who decides.</value>
    public string? Reviewer { get; init; }
}

/// <summary>A prediction in the review queue, with the decision once made.</summary>
/// <param name="Inputs">The row as the client sent it.</param>
/// <param name="Status"><c>pending</c>, <c>accepted</c> or <c>overridden</c>.</param>
/// <param name="DecidedLabel">The label decided; null while pending.</param>
public sealed record ReviewDto(Guid PredictionId, string Model, int Version, double Score, bool? Label, string Band, IReadOnlyList<string> Reasons,
    JsonElement Inputs, string Status, string? Reviewer, bool? DecidedLabel, string? Comment, DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt)
{
    internal static ReviewDto From(ReviewRecord r)
    {
        var p = r.Prediction;
        using var inputs = JsonDocument.Parse(p.Inputs);
        return new(p.Id, p.Model, p.Version, p.Score, LabelText.ToBool(p.Label), p.Band, p.Reasons, inputs.RootElement.Clone(),
            StatusText(r.Status), r.Reviewer, LabelText.ToBool(r.DecidedLabel), r.Comment, r.CreatedAt, r.DecidedAt);
    }

    internal static string StatusText(ReviewStatus status) => status.ToString().ToLowerInvariant();
}

/// <summary>A page of the review queue, newest first.</summary>
/// <param name="Total">How many reviews match in all.</param>
public sealed record ReviewPageDto(IReadOnlyList<ReviewDto> Reviews, int Total, int Skip, int Take);
