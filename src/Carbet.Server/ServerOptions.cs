using Carbet.Serving.Hosting;
using Carbet.Serving.Logging;

namespace Carbet.Server;

/// <summary>Where the server listens, what it serves and the limits it puts on requests.</summary>
public sealed record ServerOptions
{
    /// <value>The model served and how rows are checked and banded.</value>
    public required ModelHostOptions Host { get; init; }

    /// <value>The addresses Kestrel listens on, separated by semicolons; port 0 picks a free port. The default is http://127.0.0.1:5080.</value>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <value>The largest request body, in bytes; a larger one gets 413. The default is 4 MiB.</value>
    public long MaxRequestBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <value>The most rows one predict request may carry. The default is 1,000.</value>
    public int MaxRows { get; init; } = 1000;

    /// <value>How long the readiness check waits for the store. The default is 2 seconds.</value>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <value>Whether every API call needs an API key of the right role (true, the default). False lets every request do
    /// everything, for a server on a developer's own machine only.</value>
    public bool RequireApiKeys { get; init; } = true;

    /// <value>The most API requests one key may make per minute; more get 429. 0 turns the limit off. The default is 600.</value>
    public int RequestsPerMinutePerKey { get; init; } = 600;

    /// <value>How long a key the store accepted is accepted again without asking the store; a revoked key is refused
    /// within this time. Zero asks the store on every request. The default is 1 second.</value>
    public TimeSpan KeyCacheDuration { get; init; } = TimeSpan.FromSeconds(1);

    /// <value>A further destination of the server's logs besides the console, such as a log shipper; none by default.</value>
    public ILoggerProvider? Logs { get; init; }

    /// <value>Registrations applied after the server's own, such as an <see cref="Serving.Observability.IReviewQueueGauges"/>
    /// for the review gauges of <c>/metrics</c> or an extra <see cref="ILoggerProvider"/>. The default is none.</value>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <value>How predictions are queued and stored. The default buffers up to 10,000 in memory, then on disk under
    /// <c>.carbet/prediction-buffer</c> of the current directory.</value>
    public PredictionLogOptions PredictionLog { get; init; } = new() { SpillFolder = DefaultSpillFolder(Directory.GetCurrentDirectory()) };

    /// <summary>The disk buffer of the prediction log under a working folder: <c>.carbet/prediction-buffer</c>.</summary>
    public static string DefaultSpillFolder(string workingDirectory) => Path.Combine(workingDirectory, ".carbet", "prediction-buffer");

    /// <value>The least severe log level written. The default is <see cref="LogLevel.Information"/>.</value>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;
}
