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

    /// <value>How predictions are queued and stored. The default buffers up to 10,000 in memory, then on disk under
    /// <c>.carbet/prediction-buffer</c> of the current directory.</value>
    public PredictionLogOptions PredictionLog { get; init; } = new() { SpillFolder = DefaultSpillFolder(Directory.GetCurrentDirectory()) };

    /// <summary>The disk buffer of the prediction log under a working folder: <c>.carbet/prediction-buffer</c>.</summary>
    public static string DefaultSpillFolder(string workingDirectory) => Path.Combine(workingDirectory, ".carbet", "prediction-buffer");

    /// <value>The least severe log level written. The default is <see cref="LogLevel.Information"/>.</value>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;
}
