namespace Carbet.Evaluation.Fairness;

/// <summary>A percentile bootstrap interval.</summary>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound.</param>
public readonly record struct Interval(double Low, double High);
