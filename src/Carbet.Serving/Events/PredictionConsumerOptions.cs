namespace Carbet.Serving.Events;

/// <summary>Which broker and queues a <see cref="PredictionConsumer"/> uses and how many messages it holds at once.</summary>
public sealed record PredictionConsumerOptions
{
    /// <summary>The queue prediction requests are read from unless told otherwise.</summary>
    public const string DefaultQueue = "carbet.predict";

    /// <summary>The queue results are published to unless told otherwise.</summary>
    public const string DefaultResults = "carbet.results";

    /// <value>The broker's AMQP address, such as <c>amqp://guest:guest@127.0.0.1:5672/</c>.</value>
    public required Uri Broker { get; init; }

    /// <value>The queue prediction requests are read from. The default is <c>carbet.predict</c>.</value>
    public string Queue { get; init; } = DefaultQueue;

    /// <value>The queue results are published to. The default is <c>carbet.results</c>.</value>
    public string Results { get; init; } = DefaultResults;

    /// <value>The queue refused messages go to, with the reason. The default, null, is the request queue's name followed by <c>.dead</c>.</value>
    public string? DeadLetters { get; init; }

    /// <value>How many unacknowledged messages the broker sends this consumer ahead (QoS prefetch), from 1 to 65,535. The default is 16.</value>
    public int Prefetch { get; init; } = 16;

    /// <value>The most rows one request may carry. The default is 1,000, as for the HTTP API.</value>
    public int MaxRows { get; init; } = 1000;

    /// <summary>The dead-letter queue's name.</summary>
    public string DeadLetterQueue => DeadLetters ?? Queue + ".dead";
}
