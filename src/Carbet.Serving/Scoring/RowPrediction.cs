using System.Collections.Immutable;

using Carbet.Modeling.Explanation;

namespace Carbet.Serving.Scoring;

/// <summary>The prediction for one input row.</summary>
/// <param name="PredictionId">A new id, so feedback and reviews can name this prediction later.</param>
/// <param name="Model">The model name.</param>
/// <param name="Version">The version that scored the row; every row of a request has the same.</param>
/// <param name="Score">The probability of the positive class.</param>
/// <param name="Label">Whether the score is at or above the version's decision threshold.</param>
/// <param name="Threshold">The decision threshold recorded with the version.</param>
/// <param name="Band"><see cref="Bands.Auto"/> or <see cref="Bands.Review"/>.</param>
/// <param name="Reasons">Why the row is in review: <see cref="Bands.InReviewBand"/>, <see cref="Bands.OutOfDomain"/>, or both; empty in <c>auto</c>.</param>
/// <param name="OutOfDomain">The columns whose value lies outside the training domain; empty when none.</param>
/// <param name="Contributions">Each input column's share of the raw score, largest first, when asked for and the family has them; else null.</param>
public sealed record RowPrediction(
    Guid PredictionId,
    string Model,
    int Version,
    double Score,
    bool Label,
    double Threshold,
    string Band,
    ImmutableArray<string> Reasons,
    ImmutableArray<string> OutOfDomain,
    ImmutableArray<ColumnContribution>? Contributions);
