using Carbet.Core;
using Carbet.Tuning.Pruners;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;
using Carbet.Tuning.Studies;

namespace Carbet.Tuning.Tests.Studies;

public sealed class PruningStudyTests
{
    [Fact]
    public async Task OptimizeAsync_MedianPruner_PrunesBadCurvesAndRecordsStep()
    {
        var ct = TestContext.Current.CancellationToken;
        var study = await Study.OpenAsync(new InMemoryStudyStorage(), "p", new StudyOptions
        {
            Space = new([new("x", Distribution.Float(0, 1))]),
            Pruner = new MedianPruner(),
            Context = new CarbetContext(4),
        }, ct);
        var progress = new List<TuningProgress>();
        await study.OptimizeAsync(async (trial, token) =>
        {
            var level = trial.Number is >= 5 and < 10 ? 100.0 : trial.Get("x");
            for (var step = 0; step < 5; step++)
            {
                await trial.ReportAsync(step, level + (1.0 / (step + 1)), token);
                if (await trial.ShouldPruneAsync(token))
                    throw new TrialPrunedException();
            }
            return level;
        }, StudyBudget.Trials(10), "w", new SynchronousProgress(progress), ct);
        var trials = await study.ListTrialsAsync(ct);
        Assert.All(trials.Take(5), t => Assert.Equal(TrialState.Complete, t.State));
        Assert.All(trials.Skip(5), t => Assert.Equal(TrialState.Pruned, t.State));
        Assert.Contains("step 0", trials[5].Message, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 10), progress.Select(p => p.TrialsRun));
    }

    private sealed class SynchronousProgress(List<TuningProgress> reports) : IProgress<TuningProgress>
    {
        public void Report(TuningProgress value) => reports.Add(value);
    }
}
