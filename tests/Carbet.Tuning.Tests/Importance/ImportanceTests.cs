using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tuning.Importance;
using Carbet.Tuning.Samplers;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Tests.Importance;

public sealed class ImportanceTests
{
    [Fact]
    public void Evaluate_InfluentialAndDummyParameters_RanksInfluentialFirstAndSumsToOne()
    {
        var space = new SearchSpace([
            new("dummy", Distribution.Float(0, 1)),
            new("lr", Distribution.LogFloat(1e-3, 1)),
            new("kind", Distribution.Categorical("a", "b")),
        ]);
        var random = new CarbetContext(3).CreateRandom("trials");
        var trials = Enumerable.Range(0, 60).Select(n =>
        {
            var values = space.Parameters.ToImmutableSortedDictionary(p => p.Name, p => RandomSampler.Draw(p.Distribution, random));
            var value = (10 * Math.Log10(values["lr"])) + (8 * values["kind"]);
            return new TrialRecord($"t{n}", "s", n, TrialState.Complete, values, value, ImmutableSortedDictionary<int, double>.Empty, "w", null, null, null);
        }).ToList();
        var importances = new ImpurityImportanceEvaluator().Evaluate(trials, space, new CarbetContext(3).CreateRandom("forest"));
        Assert.Equal(["lr", "kind", "dummy"], importances.Select(i => i.Name));
        Assert.Equal(1.0, importances.Sum(i => i.Importance), 9);
        Assert.True(importances[0].Importance > 0.5, $"lr has {importances[0].Importance}");
    }

    [Fact]
    public void Evaluate_NoCompleteTrials_Empty() =>
        Assert.Empty(new ImpurityImportanceEvaluator().Evaluate([], new SearchSpace([new("x", Distribution.Float(0, 1))]), new CarbetContext().CreateRandom("f")));
}
