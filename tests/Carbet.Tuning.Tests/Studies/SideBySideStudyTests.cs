using Carbet.Core;
using Carbet.Tuning.Pruners;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;
using Carbet.Tuning.Studies;

namespace Carbet.Tuning.Tests.Studies;

public sealed class SideBySideStudyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OptimizeAsync_TwoTrialsAtATimeWithRandomDurations_SameTrialsOnEveryRun()
    {
        var first = await RunAsync(sideBySide: 2, seed: 5);
        var second = await RunAsync(sideBySide: 2, seed: 5);
        Assert.Equal(30, first.Trials.Length);
        Assert.Equal(Describe(first.Trials), Describe(second.Trials));
        Assert.Contains(first.Trials, t => t.State == TrialState.Pruned);
        Assert.Equal(2, first.MostAtOnce);
    }

    [Fact]
    public async Task OptimizeAsync_TwoTrialsAtATime_SearchStillLearns()
    {
        var run = await RunAsync(sideBySide: 2, seed: 11);
        var sampled = run.Trials.Where(t => t.State == TrialState.Complete).ToList();
        var early = sampled.Take(8).Average(t => t.Value!.Value);
        var late = sampled.TakeLast(8).Average(t => t.Value!.Value);
        Assert.True(late < early, $"the last complete trials averaged {late}, the first {early}");
    }

    [Fact]
    public async Task OptimizeAsync_OneTrialAtATime_NeverOverlaps()
    {
        var run = await RunAsync(sideBySide: 1, seed: 5);
        Assert.Equal(1, run.MostAtOnce);
        Assert.Equal(30, run.Trials.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public async Task OptimizeAsync_SideBySideOutOfRange_SaysWhatIsAllowed(int sideBySide)
    {
        var study = await OpenAsync(sideBySide, 1);
        var error = await Assert.ThrowsAsync<UserErrorException>(() => study.OptimizeAsync((_, _) => Task.FromResult(1.0), StudyBudget.Trials(2), "w", null, Ct));
        Assert.Contains("1 to 64", error.Fix, StringComparison.Ordinal);
    }

    private static async Task<(System.Collections.Immutable.ImmutableArray<TrialRecord> Trials, int MostAtOnce)> RunAsync(int sideBySide, int seed)
    {
        var study = await OpenAsync(sideBySide, seed);
        var (running, most) = (0, 0);
        var gate = new object();
        // a different stream of durations on every run, so only the history rule can make the trials repeat
        var delays = new CarbetContext(Environment.TickCount).CreateRandom("delays");
        await study.OptimizeAsync(async (trial, ct) =>
        {
            lock (gate)
                most = Math.Max(most, ++running);
            try
            {
                var value = Math.Pow(trial.Get("x") - 0.3, 2) + Math.Pow(trial.Get("y") + 0.2, 2);
                for (var step = 0; step < 3; step++)
                {
                    int delay;
                    lock (gate)
                        delay = delays.Next(0, 12);
                    await Task.Delay(delay, ct);
                    await trial.ReportAsync(step, value + (0.1 * (2 - step)), ct);
                    if (await trial.ShouldPruneAsync(ct))
                        throw new TrialPrunedException("worse than the median");
                }
                return value;
            }
            finally
            {
                lock (gate)
                    running--;
            }
        }, StudyBudget.Trials(30), "w", null, Ct);
        return (await study.ListTrialsAsync(Ct), most);
    }

    private static Task<Study> OpenAsync(int sideBySide, int seed) => Study.OpenAsync(new InMemoryStudyStorage(), "side-by-side", new StudyOptions
    {
        Space = new([new("x", Distribution.Float(-1, 1)), new("y", Distribution.Float(-1, 1))]),
        Pruner = new MedianPruner(startupTrials: 3),
        TrialsSideBySide = sideBySide,
        Context = new CarbetContext(seed),
    }, Ct);

    private static string[] Describe(IEnumerable<TrialRecord> trials) =>
        [.. trials.Select(t => $"{t.Number} {t.State} {t.Value:R} {string.Join(",", t.Parameters.Select(p => $"{p.Key}={p.Value:R}"))}")];
}
