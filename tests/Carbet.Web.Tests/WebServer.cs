using Carbet.Server;
using Carbet.Serving.Hosting;
using Carbet.Serving.Scoring;
using Carbet.Serving.Tests;
using Carbet.Tracking.Keys;

using Microsoft.Extensions.Logging;

namespace Carbet.Web.Tests;

/// <summary>A real Kestrel server on a free port over the trained store, with one key per role. Its review band is the
/// whole score range, so every prediction waits for a person.</summary>
internal sealed class WebServer : IAsyncDisposable
{
    private WebServer(CarbetServer server, TrainedStore trained) => (Server, Trained) = (server, trained);

    public CarbetServer Server { get; }

    public TrainedStore Trained { get; }

    public string Url => Server.Urls[0];

    public string AdminKey { get; private set; } = "";

    public string ReviewKey { get; private set; } = "";

    public string PredictKey { get; private set; } = "";

    public static async Task<WebServer> StartAsync(TrainedStore trained, bool requireKeys = true)
    {
        var ct = TestContext.Current.CancellationToken;
        var host = new ModelHostOptions { Model = TrainedStore.Model, PollInterval = TimeSpan.FromHours(1), ReviewBand = new ReviewBand(0.0, 1.0) };
        var options = new ServerOptions { Urls = "http://127.0.0.1:0", Host = host, MinimumLogLevel = LogLevel.Warning, RequireApiKeys = requireKeys };
        var server = new WebServer(await CarbetServer.StartAsync(trained.Store, options, TimeProvider.System, ct), trained)
        {
            AdminKey = (await trained.Store.Keys.CreateAsync("ui-admin", ApiKeyRole.Admin, "tests", ct)).Secret,
            ReviewKey = (await trained.Store.Keys.CreateAsync("ui-reviewer", ApiKeyRole.Review, "tests", ct)).Secret,
            PredictKey = (await trained.Store.Keys.CreateAsync("ui-client", ApiKeyRole.Predict, "tests", ct)).Secret,
        };
        return server;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
