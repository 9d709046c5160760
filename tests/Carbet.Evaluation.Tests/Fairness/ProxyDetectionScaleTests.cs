using System.Diagnostics;
using System.Globalization;

using Carbet.Core;
using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>The size the ranking is meant for: 100,000 rows × 30 features in a few seconds.</summary>
public sealed class ProxyDetectionScaleTests
{
    [Fact]
    public void Rank_100kRowsBy30Features_FinishesInSeconds()
    {
        const int rows = 100_000;
        var random = new CarbetContext(11).CreateRandom("proxy-scale");
        var sensitive = Enumerable.Range(0, rows).Select(_ => "abc"[random.Next(3)].ToString()).ToArray();
        var features = Enumerable.Range(0, 30).Select(f => f % 2 == 0
            ? (ProxyFeature)new NumericProxyFeature($"n{f}", [.. Enumerable.Range(0, rows).Select(_ => random.NextDouble())])
            : new CategoricalProxyFeature($"c{f}", [.. Enumerable.Range(0, rows).Select(_ => random.Next(50).ToString(CultureInfo.InvariantCulture))]))
            .ToArray();

        var clock = Stopwatch.StartNew();
        var report = ProxyDetection.Rank("group", sensitive, features, new ProxyOptions());
        clock.Stop();

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ranked in {clock.Elapsed.TotalSeconds:0.00} s"));
        Assert.Equal(30, report.Features.Length);
        // generous against a busy shared machine; a quadratic step would take minutes
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }
}
