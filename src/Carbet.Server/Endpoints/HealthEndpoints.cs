using Carbet.Serving.Hosting;

using Microsoft.AspNetCore.Http.HttpResults;

namespace Carbet.Server.Endpoints;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (a model is loaded and the store answers).</summary>
internal static partial class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => TypedResults.Ok(new HealthStatus("live", null, null)))
            .WithName("Live").WithSummary("200 while the process answers.");
        app.MapGet("/health/ready", ReadyAsync)
            .WithName("Ready").WithSummary("200 when a model is loaded and the store answers, else 503.");
    }

    private static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> ReadyAsync(ModelHost host, ServerOptions options, ILoggerFactory loggers, CancellationToken ct)
    {
        if (host.Default is not { } loaded)
            return Unavailable($"No version of '{host.Options.Model}' is loaded: {Target(host.Options)} points nowhere yet.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.ReadyTimeout);
        try
        {
            if (await host.Store.Models.FindAsync(host.Options.Model, timeout.Token) is null)
                return Unavailable($"The store no longer has a model '{host.Options.Model}'.");
        }
#pragma warning disable CA1031 // whatever the store throws, the answer is "not ready"
        catch (Exception e) when (!ct.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogStoreDown(loggers.CreateLogger("Carbet.Server.Health"), e.GetType().Name);
            return Unavailable("The store does not answer.");
        }
        return TypedResults.Ok(new HealthStatus("ready", host.Options.Model, loaded.Version.Version));
    }

    private static JsonHttpResult<HealthStatus> Unavailable(string reason) =>
        TypedResults.Json(new HealthStatus("unavailable", null, null) { Reason = reason }, statusCode: StatusCodes.Status503ServiceUnavailable);

    private static string Target(ModelHostOptions options) => options.Version is { } v ? $"version {v}" : $"alias '{options.Alias}'";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness: the store did not answer ({Error})")]
    private static partial void LogStoreDown(ILogger log, string error);
}

/// <summary>A health answer: the status, and when ready the model and version in service.</summary>
public sealed record HealthStatus(string Status, string? Model, int? Version)
{
    /// <value>Why the server is not ready; null when it is.</value>
    public string? Reason { get; init; }
}
