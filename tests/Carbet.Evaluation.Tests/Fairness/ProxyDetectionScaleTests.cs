using System.Globalization;

using Carbet.Core;
using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>The size the ranking is meant for: 100,000 rows × 30 features, none of them related to the attribute.</summary>
public sealed class ProxyDetectionScaleTests
{
    [Fact]
    public void Rank_100kRowsBy30UnrelatedFeatures_RanksEveryOneAndFlagsNone()
    {
        const int rows = 100_000;
        var random = new CarbetContext(11).CreateRandom("proxy-scale");
        var sensitive = Enumerable.Range(0, rows).Select(_ => "abc"[random.Next(3)].ToString()).ToArray();
        var features = Enumerable.Range(0, 30).Select(f => f % 2 == 0
            ? (ProxyFeature)new NumericProxyFeature($"n{f}", [.. Enumerable.Range(0, rows).Select(_ => random.NextDouble())])
            : new CategoricalProxyFeature($"c{f}", [.. Enumerable.Range(0, rows).Select(_ => random.Next(50).ToString(CultureInfo.InvariantCulture))]))
            .ToArray();

        var report = ProxyDetection.Rank("group", sensitive, features, new ProxyOptions());

        Assert.Equal(30, report.Features.Length);
        Assert.DoesNotContain(report.Features, f => f.Strong);
        Assert.All(report.Features, f => Assert.InRange(f.Auc, 0.45, 0.55));
    }
}
