using System.Collections.Immutable;

namespace Carbet.Modeling.Tasks;

/// <summary>A model's predictions for some rows, with the true values, in row order.</summary>
/// <param name="ClassCount">The number of classes for multiclass; 0 for regression.</param>
/// <param name="Actual">The true value of each row: the class index for multiclass, the number for regression.</param>
/// <param name="Scores">Multiclass: row-major rows × <paramref name="ClassCount"/> class probabilities (row i, class k at
/// i·ClassCount + k). Regression: the prediction of each row.</param>
public sealed record TaskPredictions(int ClassCount, ImmutableArray<double> Actual, ImmutableArray<double> Scores)
{
    /// <summary>The number of rows.</summary>
    public int Rows => Actual.Length;

    /// <summary>The true classes as integers, for multiclass metrics.</summary>
    public ImmutableArray<int> Classes => [.. Actual.Select(a => (int)a)];
}
