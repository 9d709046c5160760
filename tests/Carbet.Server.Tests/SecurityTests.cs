using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

using Carbet.Serving.Tests;
using Carbet.Tracking.Keys;

using Microsoft.Extensions.Logging;

namespace Carbet.Server.Tests;

public sealed class SecurityTests(TrainedStore trained)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Who calls: no key, a malformed key, a revoked key, or a key of each role.</summary>
    public enum Caller { NoKey, BadKey, RevokedKey, Predict, Review, Admin }

    /// <summary>Every endpoint of the API with the least role that may call it; null for endpoints open to all.</summary>
    public static TheoryData<string, string, ApiKeyRole?> Endpoints => new()
    {
        { "POST", $"/api/v1/models/{TrainedStore.Model}/predict", ApiKeyRole.Predict },
        { "PUT", $"/api/v1/models/{TrainedStore.Model}/aliases/security-check", ApiKeyRole.Admin },
        { "DELETE", $"/api/v1/models/{TrainedStore.Model}/aliases/security-check", ApiKeyRole.Admin },
        { "POST", "/api/v1/feedback", ApiKeyRole.Predict },
        { "GET", "/api/v1/reviews", ApiKeyRole.Review },
        { "POST", $"/api/v1/reviews/{Guid.Empty}", ApiKeyRole.Review },
        { "GET", "/api/v1/admin/stop-switch", ApiKeyRole.Admin },
        { "POST", "/api/v1/admin/stop-switch", ApiKeyRole.Admin },
        { "GET", "/health/live", null },
        { "GET", "/health/ready", null },
        { "GET", "/openapi/v1.json", null },
        { "GET", "/metrics", null },   // scraped by Prometheus inside the network; holds counts, never inputs or keys
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AllowedExactlyFromItsRoleUp(string method, string path, ApiKeyRole? least)
    {
        await using var server = await RunningServer.StartAsync(trained);
        var revoked = await trained.Store.Keys.CreateAsync("revoked", ApiKeyRole.Admin, "tests", Ct);
        await trained.Store.Keys.RevokeAsync(revoked.Key.Id, "tests", Ct);

        foreach (var caller in Enum.GetValues<Caller>())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.Authorization = await HeaderAsync(caller, revoked.Secret);
            if (method is "POST")
                request.Content = path.EndsWith("/predict", StringComparison.Ordinal) ? JsonContent.Create(new { row = trained.Rows[0] }) : JsonContent.Create(new { });
            if (method is "PUT")
                request.Content = JsonContent.Create(new { version = 1 });
            if (method is "DELETE")
                await trained.Store.Models.SetAliasAsync(TrainedStore.Model, "security-check", 1, "tests", Ct);
            using var plain = new HttpClient { BaseAddress = server.Client.BaseAddress };
            using var response = await plain.SendAsync(request, Ct);

            // allowed: any answer of the endpoint itself (an empty body gets its own 400), never 401, 403 or a server error
            var expected = least is not { } role ? HttpStatusCode.OK
                : caller is Caller.NoKey or Caller.BadKey or Caller.RevokedKey ? HttpStatusCode.Unauthorized
                : RoleOf(caller) >= role ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            var allowed = response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)response.StatusCode < 500;
            Assert.True(expected == HttpStatusCode.OK ? allowed : expected == response.StatusCode,
                $"{caller} on {method} {path}: {(int)response.StatusCode}, expected {(expected == HttpStatusCode.OK ? "allowed" : ((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            if (expected != HttpStatusCode.OK)
            {
                var problem = await RunningServer.JsonAsync(response);
                Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(300)]
    public async Task RevokedKey_UsedBefore_RefusedOnceTheCacheDurationHasPassed(int cacheMs)
    {
        await using var server = await RunningServer.StartAsync(trained, server: o => o with { KeyCacheDuration = TimeSpan.FromMilliseconds(cacheMs) });
        var key = await trained.Store.Keys.CreateAsync("revoked-in-use", ApiKeyRole.Predict, "tests", Ct);
        using var client = new HttpClient { BaseAddress = server.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret);

        using var before = await client.PostAsJsonAsync($"/api/v1/models/{TrainedStore.Model}/predict", new { row = trained.Rows[0] }, Ct);
        await trained.Store.Keys.RevokeAsync(key.Key.Id, "tests", Ct);
        await Task.Delay(cacheMs + 50, Ct);
        using var after = await client.PostAsJsonAsync($"/api/v1/models/{TrainedStore.Model}/predict", new { row = trained.Rows[0] }, Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (before.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task AliasMove_ByAdminKey_AuditedWithTheKeysName()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.Client.PutAsJsonAsync($"/api/v1/models/{TrainedStore.Model}/aliases/audited", new { version = 2 }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await trained.Store.Models.ResolveAsync(TrainedStore.Model, "audited", Ct))?.Version);
        var audit = await trained.Store.Audit.ListAsync($"model/{TrainedStore.Model}", 50, Ct);
        Assert.Contains(audit, e => e.Actor.StartsWith("tests (key k", StringComparison.Ordinal) && e.After == "{\"alias\":\"audited\",\"version\":2}");
    }

    [Fact]
    public async Task RateLimit_KeyOverItsRequestsPerMinute_Gets429WithRetryAfterWhileOtherKeysGoOn()
    {
        await using var server = await RunningServer.StartAsync(trained, server: o => o with { RequestsPerMinutePerKey = 3 });
        var other = await trained.Store.Keys.CreateAsync("other", ApiKeyRole.Predict, "tests", Ct);

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await server.PredictAsync(new { row = trained.Rows[0] });
            codes.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
                Assert.Contains("3 requests", (await RunningServer.JsonAsync(response)).GetProperty("title").GetString(), StringComparison.Ordinal);
            }
        }
        using var otherClient = new HttpClient { BaseAddress = server.Client.BaseAddress };
        otherClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", other.Secret);
        using var fromOther = await otherClient.PostAsJsonAsync($"/api/v1/models/{TrainedStore.Model}/predict", new { row = trained.Rows[0] }, Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
        Assert.Equal(HttpStatusCode.OK, fromOther.StatusCode);
    }

    [Fact]
    public async Task Cors_RequestFromAnotherOrigin_GetsNoCorsHeaders()
    {
        await using var server = await RunningServer.StartAsync(trained);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, $"/api/v1/models/{TrainedStore.Model}/predict");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var preflightResponse = await server.Client.SendAsync(preflight, Ct);
        using var response = await server.Client.SendAsync(request, Ct);

        Assert.False(preflightResponse.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Logs_RefusedAndAcceptedKeys_NeverWriteTheKey()
    {
        var lines = new LogLines();
        await using var server = await RunningServer.StartAsync(trained, server: o => o with { MinimumLogLevel = LogLevel.Debug, Logs = lines });
        var key = await trained.Store.Keys.CreateAsync("logged", ApiKeyRole.Predict, "tests", Ct);
        using var client = new HttpClient { BaseAddress = server.Client.BaseAddress };

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret);
        using var accepted = await client.PostAsJsonAsync($"/api/v1/models/{TrainedStore.Model}/predict", new { row = trained.Rows[0] }, Ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret + "x");
        using var refused = await client.PostAsJsonAsync($"/api/v1/models/{TrainedStore.Model}/predict", new { row = trained.Rows[0] }, Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (accepted.StatusCode, refused.StatusCode));
        Assert.NotEmpty(lines.All);
        Assert.DoesNotContain(lines.All, l => l.Contains(key.Secret[^43..], StringComparison.Ordinal));
    }

    private async Task<AuthenticationHeaderValue?> HeaderAsync(Caller caller, string revoked) => caller switch
    {
        Caller.NoKey => null,
        Caller.BadKey => new("Bearer", "carbet_k000000000000_not-a-real-key"),
        Caller.RevokedKey => new("Bearer", revoked),
        _ => new("Bearer", (await trained.Store.Keys.CreateAsync($"{caller}", RoleOf(caller), "tests", Ct)).Secret),
    };

    private static ApiKeyRole RoleOf(Caller caller) => caller switch
    {
        Caller.Review => ApiKeyRole.Review,
        Caller.Admin => ApiKeyRole.Admin,
        _ => ApiKeyRole.Predict,
    };
}
