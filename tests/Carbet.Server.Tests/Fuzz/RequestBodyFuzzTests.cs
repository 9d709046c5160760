using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

using Carbet.Serving.Tests;

namespace Carbet.Server.Tests.Fuzz;

public sealed class RequestBodyFuzzTests(TrainedStore trained)
{
    private const int Cases = 10_000;
    private const int Seed = 5;

    [Fact]
    public async Task Predict_TenThousandMutatedBodies_NeverA5xxAndEvery4xxIsAProblemWithADetail()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RunningServer.StartAsync(trained, server: o => o with { RequestsPerMinutePerKey = 0 });
        var fuzzer = new RequestBodyFuzzer(trained.Rows, Seed);
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        await Parallel.ForEachAsync(Enumerable.Range(0, Cases), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (i, token) =>
        {
            var fuzz = fuzzer.Create(i);
            using var request = Request(server, fuzz);
            using var response = await server.Client.SendAsync(request, token);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (await ProblemAsync(response, token) is { } problem)
                failures.Add($"case {i} ({fuzz.Kind}): {(int)response.StatusCode} {problem}");
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} of {Cases} failed; statuses {Describe(statuses)}:\n{string.Join("\n", failures.Take(20))}");
        Assert.True(statuses.Keys.Count(s => s >= 400) >= 4, Describe(statuses));
        using var ready = await server.Client.GetAsync("/health/ready", ct);
        using var valid = await server.PredictAsync(new { row = trained.Rows[0] });
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (ready.StatusCode, valid.StatusCode));
    }

    private static HttpRequestMessage Request(RunningServer server, FuzzCase fuzz)
    {
        var model = fuzz.Index % 37 == 0 ? "nobody" : TrainedStore.Model;
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/models/{model}/predict") { Content = new ByteArrayContent(fuzz.Body) };
        if (fuzz.ContentType is { } type)
            request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        if (fuzz.Index % 41 == 0)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "carbet_k000000000000_wrong");
        else if (fuzz.Index % 43 == 0)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "e30=");
        return request;
    }

    /// <summary>What is wrong with the response, or null when it is a success or a 4xx problem with a detail.</summary>
    private static async Task<string?> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var code = (int)response.StatusCode;
        if (code < 400)
            return null;
        var text = await response.Content.ReadAsStringAsync(ct);
        if (code >= 500)
            return text;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"content type {response.Content.Headers.ContentType}: {text}";
        try
        {
            var problem = JsonDocument.Parse(text).RootElement;
            return problem.GetProperty("status").GetInt32() == code && problem.TryGetProperty("detail", out var detail)
                && !string.IsNullOrWhiteSpace(detail.GetString()) ? null : $"no detail: {text}";
        }
        catch (JsonException)
        {
            return $"not JSON: {text}";
        }
    }

    private static string Describe(ConcurrentDictionary<int, int> statuses) =>
        string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
}
