using Carbet.Serving.Events;
using Carbet.Serving.Hosting;
using Carbet.Serving.Scoring;
using Carbet.Testing;

namespace Carbet.Serving.Tests.Events;

public sealed class PredictionConsumerTests(TrainedStore trained, RabbitMqServer broker) : IClassFixture<RabbitMqServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ModelHost> HostAsync()
    {
        var host = new ModelHost(trained.Store, new ModelHostOptions
        {
            Model = TrainedStore.Model,
            PollInterval = TimeSpan.FromHours(1),
            ReviewBand = new ReviewBand(0.2, 0.5),
        }, TimeProvider.System);
        await host.StartAsync(Ct);
        return host;
    }

    private PredictionConsumerOptions Options(int prefetch = 16) =>
        new() { Broker = broker.Broker, Queue = broker.Queue("predict"), Results = broker.Queue("results"), DeadLetters = broker.Queue("dead"), Prefetch = prefetch };

    [Fact]
    public async Task Consume_Request_PublishesTheHostsScoresWithTheRequestId()
    {
        var connection = await broker.RequireAsync();
        await using var host = await HostAsync();
        var options = Options();
        await using var consumer = new PredictionConsumer(host, options);
        await consumer.StartAsync(Ct);
        await using var queues = await BrokerQueues.OpenAsync(connection, options.Queue);
        var rows = trained.Rows.Take(10).ToList();

        await queues.PublishAsync(options.Queue, new { requestId = "req-1", model = TrainedStore.Model, rows });

        var message = Assert.Single(await queues.ReadAsync(options.Results, 1));
        var result = message.As<PredictionResultMessage>();
        Assert.Equal("req-1", result.RequestId);
        Assert.Equal("req-1", message.Properties.CorrelationId);
        Assert.Equal((TrainedStore.Model, 1), (result.Model, result.Version));
        var expected = await trained.ScoresAsync(trained.V1, rows);
        var direct = host.Default!.Score([.. rows], contributions: false, host.Options.ReviewBand, TimeProvider.System).Predictions;
        for (var i = 0; i < rows.Count; i++)
        {
            var p = result.Predictions[i];
            Assert.Equal(expected[i], p.Score, 12);
            Assert.Equal(direct[i].Score, p.Score, 15);
            Assert.Equal((direct[i].Label, direct[i].Band), (p.Label, p.Band));
            Assert.Equal(p.Score is >= 0.2 and <= 0.5 ? [Bands.InReviewBand] : [], p.Reasons);
        }
        Assert.Equal(rows.Count, result.Predictions.Select(p => p.PredictionId).Distinct().Count());
        Assert.Equal(0u, await queues.CountAsync(options.DeadLetterQueue));
    }

    [Fact]
    public async Task Consume_ReplyTo_ResultGoesToThatQueueOrToResultsWhenNoQueueTakesIt()
    {
        var connection = await broker.RequireAsync();
        await using var host = await HostAsync();
        var options = Options();
        var replies = broker.Queue("replies");
        await using var consumer = new PredictionConsumer(host, options);
        await consumer.StartAsync(Ct);
        await using var queues = await BrokerQueues.OpenAsync(connection, options.Queue, replies);
        var body = System.Text.Json.JsonSerializer.Serialize(new { requestId = "rpc-1", model = TrainedStore.Model, row = trained.Rows[0] }, EventScorer.Json);

        await queues.PublishRawAsync(options.Queue, body, replyTo: replies);
        await queues.PublishRawAsync(options.Queue, body.Replace("rpc-1", "rpc-2", StringComparison.Ordinal), replyTo: broker.Queue("nobody-listens"));

        Assert.Equal("rpc-1", Assert.Single(await queues.ReadAsync(replies, 1)).As<PredictionResultMessage>().RequestId);
        Assert.Equal("rpc-2", Assert.Single(await queues.ReadAsync(options.Results, 1)).As<PredictionResultMessage>().RequestId);
        Assert.Equal(0u, await queues.CountAsync(options.DeadLetterQueue));
    }

    [Fact]
    public async Task Consume_MalformedMessages_DeadLettersEachWithItsReasonAndKeepsGoing()
    {
        var connection = await broker.RequireAsync();
        await using var host = await HostAsync();
        var options = Options();
        var logged = new System.Collections.Concurrent.ConcurrentQueue<ConsumerEvent>();
        await using var consumer = new PredictionConsumer(host, options, logged.Enqueue);
        await consumer.StartAsync(Ct);
        await using var queues = await BrokerQueues.OpenAsync(connection, options.Queue);

        await queues.PublishRawAsync(options.Queue, "{\"requestId\": \"bad-json\", \"rows\": [", correlationId: "bad-json");
        await queues.PublishAsync(options.Queue, new { requestId = "unknown-model", model = "nobody", rows = trained.Rows.Take(1) });
        await queues.PublishAsync(options.Queue, new { requestId = "invalid-row", model = TrainedStore.Model, rows = new[] { trained.Rows[0], trained.With(1, "territory", "\"atlantis\"") } });
        await queues.PublishAsync(options.Queue, new { requestId = "unknown-alias", model = TrainedStore.Model, alias = "nowhere", row = trained.Rows[0] });
        await queues.PublishAsync(options.Queue, new { requestId = "good", model = TrainedStore.Model, row = trained.Rows[2] });

        var dead = (await queues.ReadAsync(options.DeadLetterQueue, 4)).ToDictionary(m => m.Properties.CorrelationId!, m => m.Header(PredictionConsumer.ReasonHeader)!);
        Assert.Equal(["bad-json", "invalid-row", "unknown-alias", "unknown-model"], dead.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("not a JSON prediction request", dead["bad-json"], StringComparison.Ordinal);
        Assert.Contains("does not serve a model named 'nobody'", dead["unknown-model"], StringComparison.Ordinal);
        Assert.Contains("rows[1].territory: 'atlantis'", dead["invalid-row"], StringComparison.Ordinal);
        Assert.Contains("no alias 'nowhere'", dead["unknown-alias"], StringComparison.Ordinal);
        var result = Assert.Single(await queues.ReadAsync(options.Results, 1)).As<PredictionResultMessage>();
        Assert.Equal("good", result.RequestId);
        Assert.Single(result.Predictions);
        var invalid = Assert.Single(logged, e => e.RequestId == "invalid-row");
        Assert.Equal("dead_lettered", invalid.Kind);
        Assert.Contains("rows[1].territory", invalid.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("atlantis", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consume_TwoConsumersOnOneQueue_ShareTheMessagesWithNoneLostOrDuplicated()
    {
        const int count = 60;
        var connection = await broker.RequireAsync();
        await using var host = await HostAsync();
        var options = Options(prefetch: 2);
        var (first, second) = (0, 0);
        await using var a = new PredictionConsumer(host, options, e => { if (e.Kind == "scored") Interlocked.Increment(ref first); });
        await using var b = new PredictionConsumer(host, options, e => { if (e.Kind == "scored") Interlocked.Increment(ref second); });
        await a.StartAsync(Ct);
        await b.StartAsync(Ct);
        await using var queues = await BrokerQueues.OpenAsync(connection, options.Queue);

        for (var i = 0; i < count; i++)
            await queues.PublishAsync(options.Queue, new { requestId = $"r{i}", model = TrainedStore.Model, rows = trained.Rows.Skip(i % 30).Take(5) });

        var results = (await queues.ReadAsync(options.Results, count)).Select(m => m.As<PredictionResultMessage>()).ToList();
        Assert.Equal(count, results.Count);
        Assert.Equal(count, results.Select(r => r.RequestId).Distinct().Count());
        Assert.True(first > 0 && second > 0, $"one consumer did all the work: {first} and {second}");
        Assert.Equal(count, first + second);
    }
}
