namespace Carbet.Serving.Logging;

/// <summary>How the prediction log queues, batches, retries and spills.</summary>
public sealed record PredictionLogOptions
{
    /// <value>The predictions held in memory while the store is slow or down; beyond it they go to disk. The default is 10,000.</value>
    public int Capacity { get; init; } = 10_000;

    /// <value>The most predictions written in one transaction. The default is 500.</value>
    public int BatchSize { get; init; } = 500;

    /// <value>How long the writer waits for a batch to fill once a prediction arrives, so that a busy server writes a few
    /// large transactions rather than many small ones; zero writes at once. The default is 50 milliseconds.</value>
    public TimeSpan BatchLinger { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <value>The folder of the disk buffer (<c>.carbet/prediction-buffer</c> under the working folder); null keeps no disk
    /// buffer, so a full memory buffer drops predictions. The default is null.</value>
    public string? SpillFolder { get; init; }

    /// <value>The most bytes the disk buffer may hold; beyond it predictions are dropped and counted. The default is 1 GiB.</value>
    public long MaxSpillBytes { get; init; } = 1L << 30;

    /// <value>Replaces configured input fields by keyed pseudonyms before they are stored; null stores the inputs as sent.
    /// The default is null.</value>
    public Pseudonymiser? Pseudonymiser { get; init; }

    /// <value>How long to wait before trying a store that failed again. The default is 1 second.</value>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <value>How long shutdown waits for the store to take what is queued before it writes the rest to the disk buffer.
    /// The default is 10 seconds.</value>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
