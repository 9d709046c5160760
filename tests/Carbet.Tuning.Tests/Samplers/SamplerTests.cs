using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tuning.Samplers;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Tests.Samplers;

public sealed class SamplerTests
{
    [Theory]
    [InlineData(DistributionKind.Float)]
    [InlineData(DistributionKind.LogFloat)]
    [InlineData(DistributionKind.Int)]
    [InlineData(DistributionKind.LogInt)]
    [InlineData(DistributionKind.Categorical)]
    public void RandomSampler_AnyKind_StaysInDistribution(DistributionKind kind)
    {
        var parameter = new SearchParameter("p", kind switch
        {
            DistributionKind.Float => Distribution.Float(-3, 7),
            DistributionKind.LogFloat => Distribution.LogFloat(1e-4, 10),
            DistributionKind.Int => Distribution.Int(-5, 5, 2),
            DistributionKind.LogInt => Distribution.LogInt(10, 1000),
            _ => Distribution.Categorical("a", "b", "c"),
        });
        var random = new CarbetContext(1).CreateRandom("test");
        var values = Enumerable.Range(0, 2000).Select(_ => new RandomSampler().Sample([], StudyDirection.Minimize, parameter, random)).ToList();
        Assert.All(values, v => Assert.True(parameter.Distribution.Contains(v), $"{v} outside"));
        if (kind == DistributionKind.LogFloat)
            Assert.InRange(values.Count(v => v < 1e-2), 600, 1000);   // half the log range lies below 1e-2
        if (kind == DistributionKind.Int)
            Assert.Equal([-5, -3, -1, 1, 3, 5], values.Distinct().Order());
        if (kind == DistributionKind.LogInt)
        {
            Assert.All(values, v => Assert.Equal(Math.Round(v), v));
            Assert.InRange(values.Count(v => v <= 100), 900, 1100);   // as many draws from 10 to 100 as from 100 to 1,000
            Assert.Contains(10, values);
            Assert.Contains(1000, values);
        }
    }

    [Fact]
    public void Tpe_LogInt_ProposesWholeNumbersNearTheGoodRegion()
    {
        var parameter = new SearchParameter("trees", Distribution.LogInt(10, 1000));
        var history = History(40, seed: 5, x => 0, parameter, t => Math.Abs(Math.Log(t / 300)));
        var random = new CarbetContext(7).CreateRandom("t");
        var proposals = Enumerable.Range(0, 50).Select(_ => new TpeSampler().Sample(history, StudyDirection.Minimize, parameter, random)).ToList();
        Assert.All(proposals, p => Assert.True(parameter.Distribution.Contains(p) && p == Math.Round(p), $"{p} is not a whole number from 10 to 1,000"));
        Assert.InRange(Math.Exp(proposals.Average(p => Math.Log(p))), 150, 600);
    }

    [Fact]
    public void Tpe_SameHistoryAndSeed_SameValue()
    {
        var parameter = new SearchParameter("x", Distribution.Float(-5, 5));
        var history = History(30, seed: 2, x => x * x);
        var a = new TpeSampler().Sample(history, StudyDirection.Minimize, parameter, new CarbetContext(3).CreateRandom("t"));
        var b = new TpeSampler().Sample(history, StudyDirection.Minimize, parameter, new CarbetContext(3).CreateRandom("t"));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Tpe_AfterStartup_ProposesNearGoodRegion()
    {
        var parameter = new SearchParameter("x", Distribution.Float(-5, 5));
        var history = History(40, seed: 5, x => (x - 2) * (x - 2));
        var random = new CarbetContext(7).CreateRandom("t");
        var proposals = Enumerable.Range(0, 50).Select(_ => new TpeSampler().Sample(history, StudyDirection.Minimize, parameter, random)).ToList();
        Assert.InRange(proposals.Average(), 1.0, 3.0);
    }

    [Fact]
    public void Tpe_Maximize_ProposesNearTheMaximum()
    {
        var parameter = new SearchParameter("c", Distribution.Categorical("a", "b", "c", "d"));
        var history = History(40, seed: 5, x => 0, parameter, c => c == 3 ? 10 : 0);
        var random = new CarbetContext(7).CreateRandom("t");
        var proposals = Enumerable.Range(0, 50).Select(_ => new TpeSampler().Sample(history, StudyDirection.Maximize, parameter, random)).ToList();
        Assert.True(proposals.Count(p => p == 3) > 25, $"{proposals.Count(p => p == 3)} of 50 chose the best category");
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(100, 10)]
    [InlineData(1000, 25)]
    public void Gamma_IsOptunasDefault(int finished, int good) => Assert.Equal(good, TpeSampler.Gamma(finished));

    [Fact]
    public void Rank_PrunedTrials_AfterCompleteOnesByDepthThenValue()
    {
        static TrialRecord T(int n, TrialState s, double? v, params (int, double)[] steps) =>
            Trial(n, s, v, 0, steps.ToImmutableSortedDictionary(p => p.Item1, p => p.Item2));
        var ranked = TpeObservations.Rank([
            T(0, TrialState.Pruned, null, (1, 0.1)),
            T(1, TrialState.Complete, 5),
            T(2, TrialState.Pruned, null, (1, 0.5), (3, 0.9)),
            T(3, TrialState.Complete, 2),
            T(4, TrialState.Failed, null),
            T(5, TrialState.Pruned, null),
        ], StudyDirection.Minimize);
        Assert.Equal([3, 1, 2, 0, 5], ranked.Select(t => t.Number));
    }

    internal static List<TrialRecord> History(int count, int seed, Func<double, double> objective,
        SearchParameter? parameter = null, Func<double, double>? categorical = null)
    {
        parameter ??= new SearchParameter("x", Distribution.Float(-5, 5));
        var random = new CarbetContext(seed).CreateRandom("history");
        return [.. Enumerable.Range(0, count).Select(n =>
        {
            var x = RandomSampler.Draw(parameter.Distribution, random);
            return Trial(n, TrialState.Complete, categorical is null ? objective(x) : categorical(x), x, ImmutableSortedDictionary<int, double>.Empty, parameter.Name);
        })];
    }

    internal static TrialRecord Trial(int number, TrialState state, double? value, double x,
        ImmutableSortedDictionary<int, double> steps, string name = "x") =>
        new($"t{number}", "s", number, state, ImmutableSortedDictionary<string, double>.Empty.Add(name, x), value, steps, "w", null, null, null);
}
