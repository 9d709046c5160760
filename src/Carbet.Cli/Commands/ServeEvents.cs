using System.CommandLine;

using Carbet.Core;
using Carbet.Serving.Events;
using Carbet.Serving.Hosting;

using RabbitMQ.Client.Exceptions;

namespace Carbet.Cli.Commands;

/// <summary>The options of <c>carbet serve</c> that consume prediction requests from a RabbitMQ queue.</summary>
internal sealed class ServeEvents
{
    public Option<string?> Broker { get; } = new("--events") { Description = "Also score prediction requests from this RabbitMQ broker, such as amqp://guest:guest@127.0.0.1:5672/; results go to --results." };

    public Option<string> Queue { get; } = new("--queue") { Description = "The queue prediction requests are read from (with --events).", DefaultValueFactory = _ => PredictionConsumerOptions.DefaultQueue };

    public Option<string> Results { get; } = new("--results") { Description = "The queue results are published to; refused messages go to QUEUE.dead with the reason (with --events).", DefaultValueFactory = _ => PredictionConsumerOptions.DefaultResults };

    public Option<int> Prefetch { get; } = new("--prefetch") { Description = "How many unacknowledged requests the broker sends this process ahead (with --events).", DefaultValueFactory = _ => 16 };

    public Option<bool> NoHttp { get; } = new("--no-http") { Description = "Only consume events: open no HTTP port (needs --events)." };

    public IEnumerable<Option> All => [Broker, Queue, Results, Prefetch, NoHttp];

    /// <summary>The consumer's options, or null without <c>--events</c>.</summary>
    public PredictionConsumerOptions? From(ParseResult parse)
    {
        var broker = parse.GetValue(Broker);
        if (broker is null)
        {
            return parse.GetValue(NoHttp)
                ? throw new UserErrorException("--no-http leaves nothing to serve without --events.", "Add --events amqp://user:password@host:5672/, or drop --no-http.")
                : null;
        }
        if (!Uri.TryCreate(broker, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
            throw new UserErrorException($"--events '{broker}' is not an AMQP address.", "Give one such as amqp://guest:guest@127.0.0.1:5672/.");
        var prefetch = parse.GetValue(Prefetch);
        if (prefetch is < 1 or > ushort.MaxValue)
            throw new UserErrorException($"--prefetch {prefetch} is outside 1 to 65535.", "Give a small positive number, such as 16.");
        return new PredictionConsumerOptions { Broker = uri, Queue = parse.GetRequiredValue(Queue), Results = parse.GetRequiredValue(Results), Prefetch = prefetch };
    }

    /// <summary>Connects and starts consuming; an unreachable broker is the user's to fix.</summary>
    public static async Task<PredictionConsumer> StartAsync(ModelHost host, PredictionConsumerOptions options, EventRecording recording, CliConsole console,
        CancellationToken ct)
    {
        var consumer = new PredictionConsumer(host, options, e => Log(console, e), recording);
        try
        {
            await consumer.StartAsync(ct);
            return consumer;
        }
        catch (BrokerUnreachableException e)
        {
            await consumer.DisposeAsync();
            throw new UserErrorException($"RabbitMQ at {Describe(options)} does not answer ({e.InnerException?.Message ?? e.Message}).",
                "Start the broker, or fix --events: amqp://user:password@host:5672/.");
        }
    }

    /// <summary>The broker and queues, without the password.</summary>
    public static string Describe(PredictionConsumerOptions options) => $"{options.Broker.Host}:{(options.Broker.IsDefaultPort ? 5672 : options.Broker.Port)}{options.Broker.AbsolutePath}";

    private static void Log(CliConsole console, ConsumerEvent e)
    {
        if (e.Kind == "scored")
            return;
        var error = e.Error is null ? "" : $" ({e.Error.GetType().Name}: {e.Error.Message})";
        console.ErrorWriter.WriteLine($"{e.Kind} {e.RequestId ?? "(no id)"}: {e.Message}{error}");
    }
}
