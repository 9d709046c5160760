using System.Text.Json.Serialization;

using Carbet.Serving.Scoring;

namespace Carbet.Server.Contracts;

/// <summary>The predictions of one request, in the order of its rows, all made by one model version.</summary>
public sealed record PredictionResponse(string Model, int Version, IReadOnlyList<PredictionDto> Predictions)
{
    internal static PredictionResponse From(string model, int version, IEnumerable<RowPrediction> predictions) =>
        new(model, version, [.. predictions.Select(PredictionDto.From)]);
}

/// <summary>The prediction for one row.</summary>
/// <param name="PredictionId">A new id naming this prediction, for feedback and reviews.</param>
/// <param name="Version">The model version that scored it.</param>
/// <param name="Score">The probability of the positive class, from 0 to 1.</param>
/// <param name="Label">True when the score is at or above the decision threshold.</param>
/// <param name="Threshold">The decision threshold recorded with the version.</param>
/// <param name="Band"><c>auto</c>, or <c>review</c> when a person should look first.</param>
/// <param name="Reasons">Why the row is in review: <c>score in review band</c>, <c>out of domain</c>.</param>
/// <param name="OutOfDomain">The fields whose value lies outside the training domain.</param>
/// <param name="Contributions">Each input column's share of the raw score, largest first; only when asked for.</param>
public sealed record PredictionDto(
    Guid PredictionId,
    int Version,
    double Score,
    bool Label,
    double Threshold,
    string Band,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> OutOfDomain,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ContributionDto>? Contributions)
{
    internal static PredictionDto From(RowPrediction p) => new(p.PredictionId, p.Version, p.Score, p.Label, p.Threshold, p.Band,
        p.Reasons, p.OutOfDomain, p.Contributions?.Select(c => new ContributionDto(c.Column, c.Contribution)).ToList());
}

/// <summary>One input column's share of a prediction's raw score; positive pushes toward the positive class.</summary>
public sealed record ContributionDto(string Column, double Contribution);
