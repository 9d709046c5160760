using System.Text.Json;

using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Carbet.Serving.Events;

public sealed partial class PredictionConsumer
{
    /// <summary>The header of a dead letter that says why the message was refused.</summary>
    public const string ReasonHeader = "carbet-reason";

    /// <summary>The header of a dead letter that names the queue the message was read from.</summary>
    public const string SourceQueueHeader = "carbet-queue";

    private async Task HandleAsync(BasicDeliverEventArgs delivery)
    {
        var channel = _channel!;
        var fallbackId = delivery.BasicProperties.CorrelationId ?? delivery.BasicProperties.MessageId;
        EventOutcome outcome;
        try
        {
            outcome = await _scorer.ScoreAsync(delivery.Body, fallbackId, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // the store or a model file failed, not the message: one more try, then a dead letter with the error
            if (!delivery.Redelivered)
            {
                _log?.Invoke(new ConsumerEvent("requeued", fallbackId, "Scoring failed; the message goes back to the queue for one more try.", e));
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                return;
            }
            outcome = new EventOutcome(fallbackId, null, $"Scoring failed twice ({e.GetType().Name}: {e.Message}); fix the server, then publish the message again.");
        }
        try
        {
            if (outcome.Result is { } result)
                await ReplyAsync(channel, result, delivery.BasicProperties.ReplyTo);
            else
                await PublishDeadLetterAsync(channel, delivery, outcome);
        }
        catch (PublishException e)
        {
            _log?.Invoke(new ConsumerEvent("requeued", outcome.RequestId, "The broker refused the result; the message goes back to the queue.", e));
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
            return;
        }
        await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
        _log?.Invoke(outcome.Result is { } r
            ? new ConsumerEvent("scored", r.RequestId, $"Scored {r.Predictions.Count} rows with {r.Model} v{r.Version}")
            : new ConsumerEvent("dead_lettered", outcome.RequestId, outcome.LogText!));
    }

    // a request may name its own reply queue (reply_to, RabbitMQ's request-reply pattern); one that no queue takes does not
    // lose the result, which goes to the results queue instead
    private async Task ReplyAsync(IChannel channel, PredictionResultMessage result, string? replyTo)
    {
        if (!string.IsNullOrEmpty(replyTo) && replyTo != Options.Results)
        {
            try
            {
                await PublishResultAsync(channel, result, replyTo);
                return;
            }
            catch (PublishReturnException)
            {
                _log?.Invoke(new ConsumerEvent("reply_unroutable", result.RequestId, $"No queue takes reply_to '{replyTo}'; the result goes to {Options.Results}."));
            }
        }
        await PublishResultAsync(channel, result, Options.Results);
    }

    private static async Task PublishResultAsync(IChannel channel, PredictionResultMessage result, string queue)
    {
        var properties = new BasicProperties
        {
            ContentType = "application/json",
            DeliveryMode = DeliveryModes.Persistent,
            CorrelationId = result.RequestId,
            MessageId = result.RequestId,
            Type = "carbet.prediction.result",
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(result, EventScorer.Json);
        await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body, CancellationToken.None);
    }

    private async Task PublishDeadLetterAsync(IChannel channel, BasicDeliverEventArgs delivery, EventOutcome outcome)
    {
        var source = delivery.BasicProperties;
        var headers = source.Headers is { } h ? new Dictionary<string, object?>(h, StringComparer.Ordinal) : new Dictionary<string, object?>(StringComparer.Ordinal);
        headers[ReasonHeader] = outcome.Refusal;
        headers[SourceQueueHeader] = Options.Queue;
        var properties = new BasicProperties
        {
            ContentType = source.ContentType,
            DeliveryMode = DeliveryModes.Persistent,
            CorrelationId = outcome.RequestId ?? source.CorrelationId,
            MessageId = source.MessageId,
            Type = "carbet.prediction.refused",
            Headers = headers,
        };
        await channel.BasicPublishAsync(string.Empty, Options.DeadLetterQueue, mandatory: true, properties, delivery.Body, CancellationToken.None);
    }
}
