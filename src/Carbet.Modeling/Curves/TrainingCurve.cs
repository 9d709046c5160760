using System.Collections.Immutable;

namespace Carbet.Modeling.Curves;

/// <summary>A named series of values by step, such as the held-out log loss after each boosting iteration.</summary>
/// <param name="Name">The tag, with a <c>/</c> grouping related curves, e.g. <c>iterations/cv_auc</c>.</param>
/// <param name="Points">The values in increasing step order.</param>
public sealed record TrainingCurve(string Name, ImmutableArray<CurvePoint> Points)
{
    /// <summary>The best value so far at each step of <paramref name="values"/>, such as the best trial value of a tuning study.</summary>
    /// <param name="name">The name of the new curve.</param>
    /// <param name="values">The values to scan in step order.</param>
    /// <param name="higherIsBetter">Whether a larger value is better (AUC) or a smaller one (log loss).</param>
    public static TrainingCurve RunningBest(string name, TrainingCurve values, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(values);
        var best = double.NaN;
        var points = ImmutableArray.CreateBuilder<CurvePoint>(values.Points.Length);
        foreach (var point in values.Points)
        {
            if (double.IsNaN(best) || (higherIsBetter ? point.Value > best : point.Value < best))
                best = point.Value;
            points.Add(point with { Value = best });
        }
        return new TrainingCurve(name, points.MoveToImmutable());
    }
}

/// <summary>One value of a <see cref="TrainingCurve"/>.</summary>
/// <param name="Step">The iteration, fold or trial number.</param>
/// <param name="Value">The value at that step.</param>
public readonly record struct CurvePoint(long Step, double Value);
