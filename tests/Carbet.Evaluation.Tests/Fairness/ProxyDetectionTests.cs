using Carbet.Core;
using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>What <see cref="ProxyDetection.Rank"/> finds on data built so the answer is known.</summary>
public sealed class ProxyDetectionTests
{
    private static readonly ProxyOptions Defaults = new();

    [Fact]
    public void Rank_FeatureEqualToAttribute_AucOneVOneStrong()
    {
        var report = ProxyDetection.Rank("sex", ProxyFixture.Sex, [new CategoricalProxyFeature("sex copy", ProxyFixture.Sex)], Defaults);
        var score = Assert.Single(report.Features);
        Assert.Equal(1.0, score.Auc, 12);
        Assert.Equal(1.0, score.CramersV, 12);
        Assert.True(score.Strong);
        Assert.Equal("sex copy predicts sex with an AUC of 1.00 (Cramér's V 1.00): a strong proxy.", score.Reason);
    }

    [Fact]
    public void Rank_IndependentRandomFeature_AucNearHalfNotFlagged()
    {
        var random = new CarbetContext(7).CreateRandom("proxies");
        var sensitive = Enumerable.Range(0, 20_000).Select(_ => random.NextDouble() < 0.4 ? "F" : "M").ToArray();
        var colour = Enumerable.Range(0, 20_000).Select(_ => "rgbk"[random.Next(4)].ToString()).ToArray();
        var score = Assert.Single(ProxyDetection.Rank("sex", sensitive, [new CategoricalProxyFeature("colour", colour)], Defaults).Features);
        Assert.InRange(score.Auc, 0.47, 0.53);
        Assert.InRange(score.CramersV, 0, 0.05);
        Assert.False(score.Strong);
        Assert.Contains("not a strong proxy", score.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_MulticlassAttribute_CopyIsPerfectAndPartialIsBetween()
    {
        var region = ProxyFixture.Region;
        var blurred = region.Select((r, i) => i % 4 == 0 ? "elsewhere" : r).ToArray();
        var report = ProxyDetection.Rank("region", region,
            [new CategoricalProxyFeature("area", region), new CategoricalProxyFeature("postcode", blurred)], Defaults);
        Assert.Equal(["area", "postcode"], report.Features.Select(s => s.Feature));
        Assert.Equal(1.0, report.Features[0].Auc, 12);
        Assert.Equal(1.0, report.Features[0].CramersV, 12);
        Assert.InRange(report.Features[1].Auc, 0.8, 0.99);
        Assert.All(report.Features, s => Assert.True(s.Strong));
    }

    [Fact]
    public void Rank_MissingValuesPredictTheGroup_MissingIsACategory()
    {
        string?[] sensitive = [.. Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? "F" : "M")];
        string?[] employer = [.. sensitive.Select(s => s == "F" ? null : "acme")];
        double[] bonus = [.. sensitive.Select(s => s == "F" ? double.NaN : 100.0)];
        var report = ProxyDetection.Rank("sex", sensitive,
            [new CategoricalProxyFeature("employer", employer), new NumericProxyFeature("bonus", bonus)], Defaults);
        Assert.All(report.Features, s => Assert.Equal(1.0, s.Auc, 12));
        Assert.All(report.Features, s => Assert.Equal(1.0, s.CramersV, 12));
    }

    [Fact]
    public void Rank_MissingSensitiveValues_RowsLeftOutWithWarning()
    {
        var report = ProxyDetection.Rank("sex", ProxyFixture.Sex, ProxyFixture.Features, Defaults);
        Assert.Equal(980, report.Rows);
        Assert.Contains("20 of 1000 rows have no value of 'sex' and were left out.", report.Warnings);
    }

    [Fact]
    public void Bins_ManyTies_TiedEdgesMergeBins()
    {
        double[] hours = [.. Enumerable.Range(0, 10).Select(i => (double)i), .. Enumerable.Repeat(40.0, 90), double.NaN];
        var codes = FeatureCategories.Bins(hours, [.. Enumerable.Range(0, hours.Length)], 10);
        Assert.All(codes[..10], c => Assert.Equal(0, c));
        Assert.All(codes[10..100], c => Assert.Equal(1, c));
        Assert.Equal(2, codes[100]);
    }

    [Fact]
    public void Bins_DistinctValues_TenEqualBins()
    {
        var codes = FeatureCategories.Bins([.. Enumerable.Range(0, 100).Select(i => (double)i)], [.. Enumerable.Range(0, 100)], 10);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i / 10), codes);
    }

    [Fact]
    public void Rank_FeaturesOfKnownStrength_StrongestFirstTiesByName()
    {
        var sex = ProxyFixture.Sex;
        var report = ProxyDetection.Rank("sex", sex,
            [ProxyFixture.Features[3], new CategoricalProxyFeature("b copy", sex), ProxyFixture.Features[0], new CategoricalProxyFeature("a copy", sex)],
            Defaults);
        Assert.Equal(["a copy", "b copy", "occupation", "noise"], report.Features.Select(s => s.Feature));
        Assert.Equal([true, true, true, false], report.Features.Select(s => s.Strong));
    }

    [Fact]
    public void Rank_SameSeed_SameAucs_OtherSeed_OtherFolds()
    {
        static double[] Aucs(int seed) => [.. ProxyDetection.Rank("sex", ProxyFixture.Sex, ProxyFixture.Features, Defaults with { Seed = seed })
            .Features.OrderBy(s => s.Feature, StringComparer.Ordinal).Select(s => s.Auc)];
        Assert.Equal(Aucs(42), Aucs(42));
        Assert.NotEqual(Aucs(42), Aucs(43));
    }

    [Fact]
    public void Rank_MoreRowsThanMaxRows_SeededSampleWithWarning()
    {
        var options = Defaults with { MaxRows = 500 };
        var report = ProxyDetection.Rank("region", ProxyFixture.Region, ProxyFixture.Features, options);
        Assert.Equal(500, report.Rows);
        Assert.Contains("1000 rows exceed MaxRows, so a sample of 500 drawn with seed 42 was scored.", report.Warnings);
        Assert.Equal(report.Features, ProxyDetection.Rank("region", ProxyFixture.Region, ProxyFixture.Features, options).Features);
    }

    [Fact]
    public void Rank_SingleValuedFeature_WarnsAndScoresVZero()
    {
        var report = ProxyDetection.Rank("sex", ProxyFixture.Sex, [new NumericProxyFeature("constant", new double[ProxyFixture.Rows])], Defaults);
        Assert.Equal(0, Assert.Single(report.Features).CramersV);
        Assert.Contains("'constant' takes a single value on the scored rows, so it cannot predict 'sex'.", report.Warnings);
    }
}
