using System.Text.Json.Serialization;

using Carbet.Modeling.Explanation;
using Carbet.Serving.Scoring;

namespace Carbet.Serving.Events;

/// <summary>The result published for one request: a prediction per row, in the order of its rows, all by one version.</summary>
/// <param name="RequestId">The request's id.</param>
/// <param name="Model">The model name.</param>
/// <param name="Version">The version that scored every row.</param>
/// <param name="Predictions">One per row.</param>
public sealed record PredictionResultMessage(string RequestId, string Model, int Version, IReadOnlyList<EventPrediction> Predictions)
{
    internal static PredictionResultMessage From(string requestId, string model, int version, IEnumerable<RowPrediction> predictions) =>
        new(requestId, model, version, [.. predictions.Select(EventPrediction.From)]);
}

/// <summary>The prediction for one row, as the HTTP API returns it.</summary>
/// <param name="PredictionId">A new id naming this prediction, for feedback and reviews.</param>
/// <param name="Version">The model version that scored it.</param>
/// <param name="Score">The probability of the positive class, from 0 to 1.</param>
/// <param name="Label">True when the score is at or above the decision threshold.</param>
/// <param name="Threshold">The decision threshold recorded with the version.</param>
/// <param name="Band"><c>auto</c>, or <c>review</c> when a person should look first.</param>
/// <param name="Reasons">Why the row is in review: <c>score in review band</c>, <c>out of domain</c>.</param>
/// <param name="OutOfDomain">The fields whose value lies outside the training domain.</param>
/// <param name="Contributions">Each input column's share of the raw score, largest first; only when asked for.</param>
public sealed record EventPrediction(
    Guid PredictionId,
    int Version,
    double Score,
    bool Label,
    double Threshold,
    string Band,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> OutOfDomain,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ColumnContribution>? Contributions)
{
    internal static EventPrediction From(RowPrediction p) =>
        new(p.PredictionId, p.Version, p.Score, p.Label, p.Threshold, p.Band, p.Reasons, p.OutOfDomain, p.Contributions is { } c ? c : null);
}
