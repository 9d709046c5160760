using System.Collections.Immutable;

namespace Carbet.Modeling.Explanation;

/// <summary>One input column's share of one prediction's score.</summary>
/// <param name="Column">The input column; the one-hot slots of a categorical column are added together.</param>
/// <param name="Contribution">In the model's raw score units (log-odds before calibration for linear models): positive pushes toward the positive class.</param>
public sealed record ColumnContribution(string Column, double Contribution);

/// <summary>One row's prediction and, where the model supports it, each input column's contribution.</summary>
/// <param name="Probability">The calibrated probability of the positive class.</param>
/// <param name="Score">The raw score the contributions add up to (plus the model's bias).</param>
/// <param name="Contributions">Largest absolute contribution first; empty when the family has none.</param>
public sealed record PredictionExplanation(double Probability, double Score, ImmutableArray<ColumnContribution> Contributions);
