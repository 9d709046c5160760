using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using Carbet.Serving.Logging;
using Carbet.Testing;

namespace Carbet.Cli.Tests;

public sealed partial class ServeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CarbetProcess.Result> Carbet(params string[] args) => CarbetProcess.RunAsync(_folder.Path, args);

    private static void AssertExit(int code, CarbetProcess.Result result) => Assert.True(result.ExitCode == code, $"exit {result.ExitCode}: {result.All}");

    [Fact]
    public async Task Serve_AfterTrain_AnswersHealthAndPredictThenStopsOnSigterm()
    {
        var ct = TestContext.Current.CancellationToken;
        AssertExit(0, await Carbet("demo-data", "--months", "2", "--rows-per-month", "300", "--out", "world"));
        AssertExit(0, await Carbet("init", "world/applications.csv", "--target", "default_12m", "--name", "credit"));
        AssertExit(0, await Carbet("data", "prepare"));
        AssertExit(0, await Carbet("train", "--families", "logistic", "--folds", "2", "--trials", "0"));
        var created = await Carbet("keys", "create", "--role", "predict", "--name", "loan-system");
        AssertExit(0, created);
        var key = KeyText().Match(created.Output).Value;
        var id = key.Split('_')[1];

        using var serve = CarbetProcess.Start(_folder.Path, "serve", "--urls", "http://127.0.0.1:0");
        var output = new StringBuilder();
        var url = await CarbetProcess.UrlAsync(serve, output, TimeSpan.FromSeconds(60), ct);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        using var ready = await client.GetAsync("/health/ready", ct);
        using var anonymous = await client.PostAsync("/api/v1/models/credit/predict", Json("{\"row\": {}}"), ct);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        using var predict = await client.PostAsync("/api/v1/models/credit/predict", Json("{\"row\": {}}"), ct);
        AssertExit(0, await Carbet("keys", "revoke", id));
        await Task.Delay(TimeSpan.FromSeconds(1.1), ct);   // the server trusts a key it verified for a second
        using var revoked = await client.PostAsync("/api/v1/models/credit/predict", Json("{\"row\": {}}"), ct);
        var listed = await Carbet("keys", "list");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, predict.StatusCode);
        Assert.Contains("row.loan_amount", await predict.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains(id, listed.Output, StringComparison.Ordinal);
        Assert.Contains("revoked", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed.Output, StringComparison.Ordinal);
        Assert.True(await CarbetProcess.StopAsync(serve, ct) == 0, output.ToString());
    }

    [Fact]
    public async Task Serve_EmptyStore_ExitsOneSayingThereIsNoModel()
    {
        var serve = await Carbet("serve", "--urls", "http://127.0.0.1:0");

        AssertExit(1, serve);
        Assert.Contains("carbet models list", serve.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UnknownPolicy_IsAUsageError()
    {
        var serve = await Carbet("serve", "--out-of-domain", "ignore");

        AssertExit(2, serve);
        Assert.Contains("review", serve.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PseudonymiseWithoutAKey_ExitsOneNamingTheVariable()
    {
        Assert.Null(Environment.GetEnvironmentVariable(Pseudonymiser.KeyVariable));

        var serve = await Carbet("serve", "--urls", "http://127.0.0.1:0", "--pseudonymise", "territory");

        AssertExit(1, serve);
        Assert.Contains(Pseudonymiser.KeyVariable, serve.All, StringComparison.Ordinal);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [GeneratedRegex("carbet_k[0-9a-f]{12}_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyText();
}
