using Carbet.Server.Contracts;
using Carbet.Server.Endpoints;
using Carbet.Server.Metrics;
using Carbet.Server.Security;
using Carbet.Server.Web;
using Carbet.Serving.Hosting;
using Carbet.Serving.Logging;
using Carbet.Serving.Review;
using Carbet.Tracking;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Carbet.Server;

/// <summary>The Carbet server: the prediction API on Kestrel over one store, with health checks, an OpenAPI document and Prometheus metrics.</summary>
/// <remarks>Hosts (the <c>carbet serve</c> command, tests) start it with <see cref="StartAsync"/> and stop it by disposing it;
/// the store stays the caller's.</remarks>
public sealed partial class CarbetServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ModelHost _host;

    private CarbetServer(WebApplication app, ModelHost host, IReadOnlyList<string> urls)
    {
        (_app, _host, Urls) = (app, host, urls);
        (PredictionLog, StopSwitch) = (app.Services.GetRequiredService<PredictionLog>(), app.Services.GetRequiredService<StopSwitch>());
    }

    /// <summary>The addresses the server listens on, with the ports Kestrel chose for port 0.</summary>
    public IReadOnlyList<string> Urls { get; }

    /// <summary>The model host behind the API.</summary>
    public ModelHost Host => _host;

    /// <summary>Loads the model, starts polling the registry and starts listening.</summary>
    public static async Task<CarbetServer> StartAsync(IStore store, ServerOptions options, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRequestBodyBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfNegative(options.RequestsPerMinutePerKey);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(CarbetServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        if (options.Logs is { } logs)
            builder.Logging.AddProvider(logs);
        // one line per request from the endpoints is enough; the framework's per-request lines repeat it
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Detail ??= ProblemText.DetailFor(c.ProblemDetails, options));
        builder.Services.AddOpenApi(openApi => openApi.AddSchemaTransformer(JsonRowConverter.DescribeRowAsync));
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonRowConverter()));
        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName).AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorization(a => ApiKeyRoles.AddPolicies(a, options.RequireApiKeys));
        builder.Services.AddRateLimiter(r => RateLimits.Add(r, options));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new VerifiedKeys(store, options, time));
        builder.Services.AddSingleton(store);
        builder.Services.AddServingMetrics(options, time);
        builder.Services.AddSingleton(services =>
        {
            var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Carbet.Server.ModelHost");
            var metrics = services.GetRequiredService<ServingMetrics>();
            return new ModelHost(store, options.Host, time, e =>
            {
                LogHostEvent(log, e.Kind, e.Message, e.Error);
                metrics.OnHostEvent(e);
            });
        });
        AddReviewLoop(builder.Services, store, options, time);
        builder.Services.AddWebUi();
        options.ConfigureServices?.Invoke(builder.Services);
        var app = builder.Build();
        var host = app.Services.GetRequiredService<ModelHost>();
        try
        {
            await host.StartAsync(ct);
            await StartReviewLoopAsync(app.Services, ct);
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Carbet.Server");
            app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => LogStopping(log));
            Configure(app);
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        return new CarbetServer(app, host, addresses);
    }

    /// <summary>Runs until <paramref name="ct"/> is cancelled, then stops gracefully: requests in flight finish.</summary>
    public async Task WaitForShutdownAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stops listening once requests in flight have finished, then stops polling.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static void Configure(WebApplication app)
    {
        app.UseServingMetrics();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // no CORS middleware: browsers on other origins cannot call the API; the web UI is served from the same origin
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseRequestCharsetCheck();
        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapPredictionEndpoints();
        app.MapAliasEndpoints();
        app.MapServingMetrics();
        MapReviewLoopEndpoints(app);
        app.MapWebUi();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model host {Kind}: {Message}")]
    private static partial void LogHostEvent(ILogger log, string kind, string message, Exception? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: finishing the requests in flight")]
    private static partial void LogStopping(ILogger log);
}
