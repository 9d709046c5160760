using System.Diagnostics;
using System.Text;
using System.Text.Json;

using RabbitMQ.Client;

namespace Carbet.Serving.Tests.Events;

/// <summary>A message read back from a queue: its body and the properties the consumer set.</summary>
internal sealed record ReadMessage(string Body, IReadOnlyBasicProperties Properties)
{
    public string? Header(string name) => Properties.Headers?.TryGetValue(name, out var value) == true && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;

    public T As<T>() => JsonSerializer.Deserialize<T>(Body, Carbet.Serving.Events.EventScorer.Json)!;
}

/// <summary>The test's side of the broker: publishes requests and reads what the consumer published.</summary>
internal sealed class BrokerQueues(IChannel channel) : IAsyncDisposable
{
    public static async Task<BrokerQueues> OpenAsync(IConnection connection, params string[] queues)
    {
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        foreach (var queue in queues)
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null);
        return new BrokerQueues(channel);
    }

    public Task PublishAsync(string queue, object request) => PublishRawAsync(queue, JsonSerializer.Serialize(request, Carbet.Serving.Events.EventScorer.Json));

    public async Task PublishRawAsync(string queue, string body, string? correlationId = null, string? replyTo = null) =>
        await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, new BasicProperties { CorrelationId = correlationId, ContentType = "application/json", ReplyTo = replyTo },
            Encoding.UTF8.GetBytes(body));

    /// <summary>Reads <paramref name="count"/> messages, waiting up to 30 s; then checks for 200 ms that no more arrive.</summary>
    public async Task<List<ReadMessage>> ReadAsync(string queue, int count)
    {
        var messages = new List<ReadMessage>();
        var clock = Stopwatch.StartNew();
        while (messages.Count < count && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } got)
                messages.Add(new ReadMessage(Encoding.UTF8.GetString(got.Body.Span), got.BasicProperties));
            else
                await Task.Delay(20);
        }
        await Task.Delay(200);
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } extra)
            messages.Add(new ReadMessage(Encoding.UTF8.GetString(extra.Body.Span), extra.BasicProperties));
        return messages;
    }

    public async Task<uint> CountAsync(string queue) => (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;

    public async ValueTask DisposeAsync()
    {
        await channel.CloseAsync();
        await channel.DisposeAsync();
    }
}
