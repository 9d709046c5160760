using System.Collections.Immutable;

using Carbet.Tuning.Pruners;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Tests.Pruners;

public sealed class PrunerTests
{
    private static TrialRecord Curve(int number, TrialState state, params double[] values) =>
        new($"t{number}", "s", number, state, ImmutableSortedDictionary<string, double>.Empty, state == TrialState.Complete ? values[^1] : null,
            values.Select((v, step) => (step, v)).ToImmutableSortedDictionary(p => p.step, p => p.v), "w", null, null, null);

    private static List<TrialRecord> FiveDescendingCurves() =>
        [.. Enumerable.Range(0, 5).Select(i => Curve(i, TrialState.Complete, 1.0 + (0.1 * i), 0.8 + (0.1 * i), 0.6 + (0.1 * i)))];

    [Fact]
    public void Median_ClearlyWorseCurve_Pruned()
    {
        var running = Curve(5, TrialState.Running, 3.0, 2.9);
        Assert.True(new MedianPruner().ShouldPrune([.. FiveDescendingCurves(), running], running, StudyDirection.Minimize));
    }

    [Fact]
    public void Median_BetterCurve_NotPruned()
    {
        var running = Curve(5, TrialState.Running, 0.9, 0.7);
        Assert.False(new MedianPruner().ShouldPrune([.. FiveDescendingCurves(), running], running, StudyDirection.Minimize));
    }

    [Fact]
    public void Median_WorseCurveWhenMaximizing_NotPruned()
    {
        var running = Curve(5, TrialState.Running, 3.0, 2.9);
        Assert.False(new MedianPruner().ShouldPrune([.. FiveDescendingCurves(), running], running, StudyDirection.Maximize));
    }

    [Fact]
    public void Median_BeforeStartupTrials_NeverPrunes()
    {
        var running = Curve(4, TrialState.Running, 30.0, 29.0);
        Assert.False(new MedianPruner().ShouldPrune([.. FiveDescendingCurves().Take(4), running], running, StudyDirection.Minimize));
    }

    [Fact]
    public void Median_DuringWarmup_NeverPrunes()
    {
        var running = Curve(5, TrialState.Running, 3.0, 2.9);
        Assert.False(new MedianPruner(warmupSteps: 2).ShouldPrune([.. FiveDescendingCurves(), running], running, StudyDirection.Minimize));
    }

    [Theory]
    [InlineData(1, 4, 0, new long[] { 1, 4, 16, 64 })]
    [InlineData(2, 4, 1, new long[] { 8, 32, 128, 512 })]
    [InlineData(3, 2, 0, new long[] { 3, 6, 12, 24 })]
    public void RungStep_MatchesHandComputedRungs(int minResource, int reductionFactor, int minEarlyStoppingRate, long[] expected)
    {
        var pruner = new SuccessiveHalvingPruner(minResource, reductionFactor, minEarlyStoppingRate);
        Assert.Equal(expected, Enumerable.Range(0, 4).Select(pruner.RungStep));
    }

    // Rung 0 at step 1 with 8 trials competing: the top 8/4 = 2 go on.
    [Theory]
    [InlineData(0.5, false)]
    [InlineData(1.5, false)]
    [InlineData(2.5, true)]
    public void SuccessiveHalving_AtFirstRung_KeepsTopQuarter(double value, bool pruned)
    {
        var others = Enumerable.Range(1, 7).Select(i => Curve(i, TrialState.Complete, 9.0, i)).ToList();
        var running = Curve(0, TrialState.Running, 9.0, value);
        Assert.Equal(pruned, new SuccessiveHalvingPruner().ShouldPrune([running, .. others], running, StudyDirection.Minimize));
    }

    [Fact]
    public void SuccessiveHalving_BetweenRungs_NeverPrunes()
    {
        var others = Enumerable.Range(1, 7).Select(i => Curve(i, TrialState.Complete, 9, 1, 1, 1)).ToList();
        var running = Curve(0, TrialState.Running, 9, 1, 50);
        Assert.False(new SuccessiveHalvingPruner().ShouldPrune([running, .. others], running, StudyDirection.Minimize));
    }

    [Fact]
    public void SuccessiveHalving_FewerThanFactorCompeting_OnlyBestGoesOn()
    {
        var others = Enumerable.Range(1, 2).Select(i => Curve(i, TrialState.Complete, 9.0, i)).ToList();
        var best = Curve(0, TrialState.Running, 9.0, 0.5);
        var second = Curve(0, TrialState.Running, 9.0, 1.5);
        Assert.False(new SuccessiveHalvingPruner().ShouldPrune([best, .. others], best, StudyDirection.Minimize));
        Assert.True(new SuccessiveHalvingPruner().ShouldPrune([second, .. others], second, StudyDirection.Minimize));
    }
}
