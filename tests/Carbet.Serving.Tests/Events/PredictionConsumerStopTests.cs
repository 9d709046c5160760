using Carbet.Serving.Events;
using Carbet.Serving.Hosting;
using Carbet.Testing;

namespace Carbet.Serving.Tests.Events;

public sealed class PredictionConsumerStopTests(TrainedStore trained, RabbitMqServer broker) : IClassFixture<RabbitMqServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StopAsync_WhileScoring_AcksWhatItPublishedAndReturnsTheRest()
    {
        const int count = 40;
        var connection = await broker.RequireAsync();
        await using var host = new ModelHost(trained.Store, new ModelHostOptions { Model = TrainedStore.Model, PollInterval = TimeSpan.FromHours(1) }, TimeProvider.System);
        await host.StartAsync(Ct);
        var options = new PredictionConsumerOptions
        {
            Broker = broker.Broker,
            Queue = broker.Queue("predict"),
            Results = broker.Queue("results"),
            DeadLetters = broker.Queue("dead"),
            Prefetch = 10,
        };
        await using var queues = await BrokerQueues.OpenAsync(connection, options.Queue);
        for (var i = 0; i < count; i++)
            await queues.PublishAsync(options.Queue, new { requestId = $"r{i}", model = TrainedStore.Model, rows = trained.Rows });
        var firstScored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new PredictionConsumer(host, options, e => { if (e.Kind == "scored") firstScored.TrySetResult(); });
        await consumer.StartAsync(Ct);

        await firstScored.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await consumer.StopAsync(Ct);
        await consumer.DisposeAsync();

        var published = (await queues.ReadAsync(options.Results, 1)).Select(m => m.As<PredictionResultMessage>().RequestId).ToList();
        var left = (await queues.ReadAsync(options.Queue, count - published.Count)).Select(m => m.As<PredictionMessage>().RequestId!).ToList();
        Assert.NotEmpty(published);
        Assert.Equal(published.Count, published.Distinct().Count());
        Assert.Empty(published.Intersect(left));
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"r{i}").Order(), published.Concat(left).Order());
    }
}
