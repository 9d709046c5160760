using Carbet.Server.Endpoints;
using Carbet.Serving.Logging;
using Carbet.Serving.Review;
using Carbet.Tracking;

namespace Carbet.Server;

public sealed partial class CarbetServer
{
    /// <summary>The prediction log: every prediction served goes through it to the store.</summary>
    public PredictionLog PredictionLog { get; }

    /// <summary>The stop switch of the model served.</summary>
    public StopSwitch StopSwitch { get; }

    // singletons the container disposes when the app is disposed, after requests in flight have finished: the log is flushed then
    private static void AddReviewLoop(IServiceCollection services, IStore store, ServerOptions options, TimeProvider time)
    {
        services.AddSingleton(store.Predictions);
        services.AddSingleton(store.Reviews);
        services.AddSingleton(s =>
        {
            var log = s.GetRequiredService<ILoggerFactory>().CreateLogger("Carbet.Server.PredictionLog");
            return new PredictionLog(store.Predictions, options.PredictionLog, time, e => LogPredictionLogEvent(log, e.Kind, e.Message, e.Error));
        });
        services.AddSingleton(_ => new StopSwitch(store.Reviews, options.Host.Model, options.Host.PollInterval, time));
    }

    private static Task StartReviewLoopAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<PredictionLog>();
        return services.GetRequiredService<StopSwitch>().StartAsync(ct);
    }

    private static void MapReviewLoopEndpoints(WebApplication app)
    {
        app.MapFeedbackEndpoints();
        app.MapReviewEndpoints();
        app.MapAdminEndpoints();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prediction log {Kind}: {Message}")]
    private static partial void LogPredictionLogEvent(ILogger log, string kind, string message, Exception? error);
}
