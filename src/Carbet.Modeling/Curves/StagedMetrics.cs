using System.Collections.Immutable;

namespace Carbet.Modeling.Curves;

/// <summary>A held-out metric pair at each sampled number of trees.</summary>
internal sealed record StagedMetrics(ImmutableArray<int> Iterations, ImmutableArray<double> LogLoss, ImmutableArray<double> Auc)
{
    /// <summary>The position of the last sampled iteration at or before <paramref name="iteration"/>; past the last tree the model stays as it is.</summary>
    public int At(int iteration)
    {
        var index = Iterations.BinarySearch(iteration);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}
