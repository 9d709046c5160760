using Carbet.Serving.Hosting;

using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Carbet.Serving.Events;

/// <summary>Scores prediction requests read from a RabbitMQ queue with a <see cref="ModelHost"/> and publishes each
/// result to the results queue; refused messages go to the dead-letter queue with the reason.</summary>
/// <remarks>A message is acknowledged only once its result (or dead letter) is confirmed by the broker, so delivery is
/// at least once: a consumer that dies in between leaves the message to be delivered again, and clients drop a
/// duplicate result by its request id. Several consumers on one queue, in one process or many, share its messages
/// (competing consumers); each holds at most <see cref="PredictionConsumerOptions.Prefetch"/> unacknowledged.</remarks>
public sealed partial class PredictionConsumer : IAsyncDisposable
{
    private readonly EventScorer _scorer;
    private readonly Action<ConsumerEvent>? _log;
    private IConnection? _connection;
    private IChannel? _channel;
    private string? _consumerTag;
    private int _inFlight;
    private int _stopping;

    /// <summary>Creates a consumer; nothing is read until <see cref="StartAsync"/>.</summary>
    /// <param name="log">Receives what became of each message.</param>
    /// <param name="recording">Applies the stop switch and stores each prediction published; null publishes the scores as
    /// they are and stores nothing.</param>
    public PredictionConsumer(ModelHost host, PredictionConsumerOptions options, Action<ConsumerEvent>? log = null, EventRecording? recording = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Prefetch, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Prefetch, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRows, 1);
        (Options, _log, _scorer) = (options, log, new EventScorer(host, options.MaxRows, recording));
    }

    /// <summary>The broker and queues used.</summary>
    public PredictionConsumerOptions Options { get; }

    /// <summary>Connects, declares the request, results and dead-letter queues (durable) and starts consuming.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (_connection is not null)
            throw new InvalidOperationException("The consumer is already started.");
        var factory = new ConnectionFactory { Uri = Options.Broker, ClientProvidedName = $"carbet consumer {Options.Queue}" };
        _connection = await factory.CreateConnectionAsync(ct);
        _channel = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        foreach (var queue in new[] { Options.Queue, Options.Results, Options.DeadLetterQueue })
            await _channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: ct);
        await _channel.BasicQosAsync(0, (ushort)Options.Prefetch, global: false, ct);
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += OnReceivedAsync;
        _consumerTag = await _channel.BasicConsumeAsync(Options.Queue, autoAck: false, consumer, ct);
    }

    /// <summary>Stops taking messages, lets those being scored finish (published and acknowledged), hands the ones
    /// prefetched but not started back to the broker, and closes the connection. A second call does nothing.</summary>
    public async Task StopAsync(CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _stopping, 1) == 1 || _channel is null)
            return;
        if (_consumerTag is not null && _channel.IsOpen)
            await _channel.BasicCancelAsync(_consumerTag, noWait: false, ct);
        while (Volatile.Read(ref _inFlight) > 0)
            await Task.Delay(TimeSpan.FromMilliseconds(10), ct);
        try
        {
            await _channel.CloseAsync(ct);
            await _connection!.CloseAsync(ct);
        }
        catch (RabbitMQ.Client.Exceptions.AlreadyClosedException)
        {
            // the broker went away first; the messages it had given out are delivered again
        }
    }

    /// <summary>Stops as <see cref="StopAsync"/> does, then releases the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        if (_channel is not null)
            await _channel.DisposeAsync();
        if (_connection is not null)
            await _connection.DisposeAsync();
    }

    private async Task OnReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            // prefetched after the stop began: the broker gives it to another consumer, and nothing was published
            if (Volatile.Read(ref _stopping) == 1)
                await _channel!.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
            else
                await HandleAsync(delivery);
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.AlreadyClosedException or OperationCanceledException)
        {
            _log?.Invoke(new ConsumerEvent("failed", null, "The channel closed before the message was acknowledged; the broker delivers it again.", e));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
