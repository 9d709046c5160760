using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Samplers;

/// <summary>Draws every value independently and uniformly (on a log scale for log parameters), ignoring history.</summary>
public sealed class RandomSampler : ISampler
{
    /// <inheritdoc/>
    public double Sample(IReadOnlyList<TrialRecord> history, StudyDirection direction, SearchParameter parameter, Random random)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(random);
        return Draw(parameter.Distribution, random);
    }

    internal static double Draw(Distribution distribution, Random random)
    {
        var (low, high) = (distribution.Low, distribution.High);
        switch (distribution.Kind)
        {
            case DistributionKind.Categorical:
                return random.Next(distribution.Choices.Length);
            case DistributionKind.LogFloat or DistributionKind.LogInt:
                var (logLow, logHigh) = distribution.LogBounds();
                return distribution.FromLog(logLow + (random.NextDouble() * (logHigh - logLow)));
            default:
                if (distribution.Step is not { } step)
                    return low + (random.NextDouble() * (high - low));
                var steps = (long)Math.Floor(((high - low) / step) + 1e-9);
                return distribution.Snap(low + (random.NextInt64(steps + 1) * step));
        }
    }
}
