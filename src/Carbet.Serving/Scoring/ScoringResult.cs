using System.Collections.Immutable;

using Carbet.Serving.Validation;

namespace Carbet.Serving.Scoring;

/// <summary>The outcome of a request: a prediction per row, or, when any row is invalid, every field error and no prediction.</summary>
public sealed record ScoringResult(ImmutableArray<RowPrediction> Predictions, ImmutableArray<FieldError> Errors)
{
    /// <summary>Whether the rows were scored.</summary>
    public bool Succeeded => Errors.IsEmpty;
}
