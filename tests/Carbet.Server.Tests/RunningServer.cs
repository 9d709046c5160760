using System.Net.Http.Json;
using System.Text.Json;

using Carbet.Serving.Hosting;
using Carbet.Serving.Scoring;
using Carbet.Serving.Tests;

using Microsoft.Extensions.Logging;

namespace Carbet.Server.Tests;

/// <summary>A real Kestrel server on 127.0.0.1 and a free port, over the trained store, with a client pointed at it.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(CarbetServer server, HttpClient client) => (Server, Client) = (server, client);

    public CarbetServer Server { get; }

    public HttpClient Client { get; }

    public static async Task<RunningServer> StartAsync(TrainedStore trained, Func<ModelHostOptions, ModelHostOptions>? host = null,
        Func<ServerOptions, ServerOptions>? server = null)
    {
        var hostOptions = new ModelHostOptions { Model = TrainedStore.Model, PollInterval = TimeSpan.FromHours(1), ReviewBand = new ReviewBand(0.2, 0.5) };
        var options = new ServerOptions { Urls = "http://127.0.0.1:0", Host = host?.Invoke(hostOptions) ?? hostOptions, MinimumLogLevel = LogLevel.Warning };
        var running = await CarbetServer.StartAsync(trained.Store, server?.Invoke(options) ?? options, TimeProvider.System, TestContext.Current.CancellationToken);
        // an admin key, which may call every endpoint: tests of roles make their own keys
        var key = await trained.Store.Keys.CreateAsync("tests", Carbet.Tracking.Keys.ApiKeyRole.Admin, "tests", TestContext.Current.CancellationToken);
        var client = new HttpClient { BaseAddress = new Uri(running.Urls[0]) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Secret);
        return new RunningServer(running, client);
    }

    public Task<HttpResponseMessage> PredictAsync(object body, string model = TrainedStore.Model) =>
        Client.PostAsJsonAsync($"/api/v1/models/{model}/predict", body, TestContext.Current.CancellationToken);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
