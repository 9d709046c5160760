using System.Collections.Immutable;

namespace Carbet.Evaluation.Regression;

/// <summary>What <see cref="RegressionMetrics.Compute"/> measures, with residuals e = y − ŷ for a residual plot.</summary>
/// <param name="Count">The number of rows.</param>
/// <param name="MeanAbsoluteError">Mean of |e|.</param>
/// <param name="MeanSquaredError">Mean of e².</param>
/// <param name="RootMeanSquaredError">√MSE.</param>
/// <param name="R2">1 − Σe²/Σ(y − ȳ)²; with constant y it is 1 for a perfect fit and 0 otherwise, as scikit-learn.</param>
/// <param name="MedianAbsoluteError">Median of |e|, the mean of the two middle values for even n.</param>
/// <param name="MaxError">Max of |e|.</param>
/// <param name="ExplainedVariance">1 − Var(e)/Var(y), population variances; constant y as for <paramref name="R2"/>.</param>
/// <param name="Residuals">e = y − ŷ per row, in input order; plot them against the predictions.</param>
public sealed record RegressionEvaluation(
    int Count,
    double MeanAbsoluteError,
    double MeanSquaredError,
    double RootMeanSquaredError,
    double R2,
    double MedianAbsoluteError,
    double MaxError,
    double ExplainedVariance,
    ImmutableArray<double> Residuals);
