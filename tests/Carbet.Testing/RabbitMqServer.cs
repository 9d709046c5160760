using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Carbet.Testing;

/// <summary>A real RabbitMQ broker on loopback, as started by .ci/run; each test names queues of its own, deleted at the end.</summary>
/// <remarks>The broker is read from <c>CARBET_TEST_RABBITMQ</c>, else the guest account on 127.0.0.1:5672. When it cannot
/// be reached, tests skip locally and fail in CI.</remarks>
public sealed class RabbitMqServer : IAsyncDisposable
{
    public const string Variable = "CARBET_TEST_RABBITMQ";
    private const string DefaultAddress = "amqp://guest:guest@127.0.0.1:5672/";
    private readonly List<string> _queues = [];
    private readonly Lazy<Task<(IConnection? Connection, string? Problem)>> _connection;

    public RabbitMqServer() => _connection = new(ConnectAsync);

    public Uri Broker { get; } = new(Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : DefaultAddress);

    /// <summary>A connection for the test's own publishing and reading; skips or fails when the broker is absent.</summary>
    public async Task<IConnection> RequireAsync()
    {
        var (connection, problem) = await _connection.Value;
        if (connection is null)
            Services.Missing($"RabbitMQ is not reachable at {Broker.Host}:{Broker.Port} ({problem}).");
        return connection!;
    }

    /// <summary>A queue name no other test uses, deleted when the fixture is disposed.</summary>
    public string Queue(string stem) => Track($"carbet.test.{stem}.{Guid.NewGuid():N}"[..48]);

    /// <summary>Deletes <paramref name="queue"/>, declared by the code under test, when the fixture is disposed.</summary>
    public string Track(string queue)
    {
        lock (_queues)
            _queues.Add(queue);
        return queue;
    }

    /// <summary>Deletes the test queues; a queue that cannot be deleted is reported, never a test failure.</summary>
    public async ValueTask DisposeAsync()
    {
        var (connection, _) = await _connection.Value;
        if (connection is null)
            return;
        await using (var channel = await connection.CreateChannelAsync())
        {
            foreach (var queue in _queues)
            {
                try
                {
                    await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
                }
                catch (OperationInterruptedException e)
                {
                    await Console.Error.WriteLineAsync($"warning: test queue {queue} was left on the broker: {e.Message}");
                }
            }
        }
        await connection.CloseAsync();
        await connection.DisposeAsync();
    }

    private async Task<(IConnection?, string?)> ConnectAsync()
    {
        try
        {
            var factory = new ConnectionFactory { Uri = Broker, ClientProvidedName = "carbet tests", RequestedConnectionTimeout = TimeSpan.FromSeconds(5) };
            return (await factory.CreateConnectionAsync(), null);
        }
        catch (BrokerUnreachableException e)
        {
            return (null, e.InnerException?.Message ?? e.Message);
        }
    }
}
