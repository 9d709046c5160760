using System.Net;

using Carbet.Serving.Tests;

namespace Carbet.Server.Tests;

public sealed class HealthEndpointTests(TrainedStore trained)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_ModelLoaded_IsLiveAndReady()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var live = await server.Client.GetAsync("/health/live", Ct);
        using var ready = await server.Client.GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(1, (await RunningServer.JsonAsync(ready)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Ready_AliasPointsNowhere_Is503ButLive()
    {
        await using var server = await RunningServer.StartAsync(trained, host => host with { Alias = "unset-alias" });

        using var live = await server.Client.GetAsync("/health/live", Ct);
        using var ready = await server.Client.GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("unset-alias", (await RunningServer.JsonAsync(ready)).GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_ListsThePredictPathAndHealth()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.Client.GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await RunningServer.JsonAsync(response);
        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/models/{model}/predict").TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/health/ready", out _));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var request = schemas.GetProperty("PredictionRequest").GetProperty("properties");
        Assert.Equal("object", request.GetProperty("rows").GetProperty("items").GetProperty("type").GetString());
        var row = request.GetProperty("row").GetProperty("oneOf")[1].GetProperty("$ref").GetString()!.Split('/')[^1];
        Assert.Equal("object", schemas.GetProperty(row).GetProperty("type").GetString());
    }
}
