using Carbet.Core;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;
using Carbet.Tuning.Studies;

namespace Carbet.Tuning.Tests.Studies;

public sealed class ConditionalStudyTests
{
    [Fact]
    public async Task OptimizeAsync_ConditionalParameter_PresentOnlyWhenParentChoiceHolds()
    {
        var ct = TestContext.Current.CancellationToken;
        var study = await Study.OpenAsync(new InMemoryStudyStorage(), "c", new StudyOptions
        {
            Space = new([
                new("booster", Distribution.Categorical("gbdt", "goss", "dart")),
                new SearchParameter("drop_rate", Distribution.Float(0.05, 0.5)).When("booster", "dart"),
                new("learning_rate", Distribution.LogFloat(0.005, 0.3)),
            ]),
            Context = new CarbetContext(9),
        }, ct);
        await study.OptimizeAsync((trial, _) =>
            Task.FromResult(trial.GetChoice("booster") == "dart" ? trial.Get("drop_rate") : 1.0 + trial.Get("learning_rate")),
            StudyBudget.Trials(30), "w", null, ct);
        var trials = await study.ListTrialsAsync(ct);
        Assert.All(trials, t => Assert.Equal(t.Parameters["booster"] == 2, t.Parameters.ContainsKey("drop_rate")));
        Assert.Contains(trials, t => t.Parameters.ContainsKey("drop_rate"));
        Assert.Equal(2, (await study.FindBestTrialAsync(ct))!.Parameters["booster"]);
    }
}
