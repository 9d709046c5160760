using System.Net;
using System.Text.RegularExpressions;

using Carbet.Serving.Observability;
using Carbet.Serving.Tests;
using Carbet.Testing;

using Microsoft.Extensions.DependencyInjection;

namespace Carbet.Server.Tests.Metrics;

/// <summary>deploy/prometheus: the scrape config and alert rules are valid, their unit tests pass, and they name only metrics the server exports.</summary>
public sealed partial class PrometheusFilesTests(TrainedStore trained)
{
    private static string Folder => Repo.Path("deploy", "prometheus");

    [Theory]
    [InlineData("check", "rules", "rules.yml")]
    [InlineData("check", "config", "prometheus.yml")]
    [InlineData("test", "rules", "rules.test.yml")]
    public async Task Promtool_DeployFile_Passes(string command, string kind, string file)
    {
        var (exitCode, output) = await Promtool.RunAsync(null, command, kind, Path.Combine(Folder, file));

        Assert.True(exitCode == 0, $"promtool {command} {kind} {file} exited {exitCode}:\n{output}");
    }

    [Fact]
    public async Task Rules_EveryMetricNamed_IsExportedByTheServer()
    {
        var rules = await File.ReadAllTextAsync(Path.Combine(Folder, "rules.yml"), TestContext.Current.CancellationToken);
        await using var server = await RunningServer.StartAsync(trained,
            server: s => s with { ConfigureServices = services => services.AddSingleton<IReviewQueueGauges>(new FixedReviewQueue(new ReviewQueueReading(0, null))) });
        (await server.PredictAsync(new { rows = trained.Rows })).Dispose();

        using var response = await server.Client.GetAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var families = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n')
            .Where(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToHashSet(StringComparer.Ordinal);

        var named = MetricName().Matches(rules).Select(m => HistogramSuffix().Replace(m.Value, "")).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(named);
        Assert.All(named, name => Assert.Contains(name, families));
    }

    [GeneratedRegex(@"\b(carbet|http)_[a-z0-9_]+\b")]
    private static partial Regex MetricName();

    [GeneratedRegex("_(bucket|sum|count)$")]
    private static partial Regex HistogramSuffix();
}
