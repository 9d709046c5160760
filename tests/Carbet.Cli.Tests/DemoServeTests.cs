using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

using Carbet.Testing;

namespace Carbet.Cli.Tests;

public sealed partial class DemoServeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task DemoServe_SmallDemo_PrintsUrlAndAdminKeyThatPredictsAndMovesAliasesThenStopsOnSigterm()
    {
        var ct = TestContext.Current.CancellationToken;
        using var demo = CarbetProcess.Start(_folder.Path, "demo", "--months", "4", "--rows-per-month", "600", "--training-months", "3", "--trials", "0",
            "--serve", "--urls", "http://127.0.0.1:0", "--rate-limit", "0");
        var output = new StringBuilder();
        var url = await CarbetProcess.UrlAsync(demo, output, TimeSpan.FromMinutes(3), ct);
        var text = output.ToString();
        var key = KeyText().Match(text).Value;
        var body = ExampleBody().Match(text).Groups[1].Value;

        using var client = new HttpClient { BaseAddress = new Uri(url) };
        using var ready = await client.GetAsync("/health/ready", ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var predict = await client.PostAsync("/api/v1/models/credit-risk/predict", new StringContent(body, Encoding.UTF8, "application/json"), ct);
        var predicted = await predict.Content.ReadAsStringAsync(ct);
        using var alias = await client.PutAsync("/api/v1/models/credit-risk/aliases/tried", new StringContent("{\"version\": 1}", Encoding.UTF8, "application/json"), ct);
        var exit = await CarbetProcess.StopAsync(demo, ct);

        Assert.Contains("champion -> v1 (new)", text, StringComparison.Ordinal);
        Assert.Contains("The key, shown this once", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(predict.StatusCode == HttpStatusCode.OK, predicted);
        Assert.InRange(JsonDocument.Parse(predicted).RootElement.GetProperty("predictions")[0].GetProperty("score").GetDouble(), 0, 1);
        Assert.Equal(HttpStatusCode.OK, alias.StatusCode);
        Assert.True(exit == 0, text);
    }

    [GeneratedRegex("carbet_k[0-9a-f]{12}_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyText();

    [GeneratedRegex("-d '([^']+)'")]
    private static partial Regex ExampleBody();
}
