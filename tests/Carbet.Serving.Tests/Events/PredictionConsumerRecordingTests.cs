using System.Text.Json;

using Carbet.Serving.Events;
using Carbet.Serving.Hosting;
using Carbet.Serving.Logging;
using Carbet.Serving.Review;
using Carbet.Serving.Scoring;
using Carbet.Testing;

namespace Carbet.Serving.Tests.Events;

/// <summary>The stop switch is per model and lives in the shared store, so these tests run alone.</summary>
[CollectionDefinition(nameof(PredictionConsumerRecordingTests), DisableParallelization = true)]
public sealed class PredictionConsumerRecordingRunsAlone;

[Collection(nameof(PredictionConsumerRecordingTests))]
public sealed class PredictionConsumerRecordingTests(TrainedStore trained, RabbitMqServer broker) : IClassFixture<RabbitMqServer>, IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Consume_WithRecording_StoresEveryPublishedPredictionWithPseudonymisedInputs()
    {
        var connection = await broker.RequireAsync();
        await using var host = await HostAsync();
        var pseudonymiser = new Pseudonymiser(["territory"], "a-secret-of-more-than-16-chars");
        await using var log = new PredictionLog(trained.Store.Predictions, new PredictionLogOptions { Pseudonymiser = pseudonymiser }, TimeProvider.System);
        var options = Options();
        await using var consumer = new PredictionConsumer(host, options, recording: new EventRecording(log, null));
        await consumer.StartAsync(Ct);
        await using var queues = await BrokerQueues.OpenAsync(connection, options.Queue);
        var rows = trained.Rows.Take(5).ToList();

        await queues.PublishAsync(options.Queue, new { requestId = "logged", model = TrainedStore.Model, rows });
        var result = Assert.Single(await queues.ReadAsync(options.Results, 1)).As<PredictionResultMessage>();
        await log.FlushAsync(Ct);

        for (var i = 0; i < rows.Count; i++)
        {
            var published = result.Predictions[i];
            var stored = await trained.Store.Predictions.GetAsync(published.PredictionId, Ct);
            Assert.NotNull(stored);
            Assert.Equal((published.Score, published.Band, 1), (stored.Score, stored.Band, stored.Version));
            var inputs = JsonDocument.Parse(stored.Inputs).RootElement;
            Assert.Equal(pseudonymiser.Pseudonym("territory", rows[i]["territory"]), inputs.GetProperty("territory").GetString());
            Assert.Equal(rows[i]["loan_amount"].GetDouble(), inputs.GetProperty("loan_amount").GetDouble());
        }
    }

    [Fact]
    public async Task Consume_StopSwitchOn_PublishesAndStoresEveryPredictionInReview()
    {
        var connection = await broker.RequireAsync();
        await using var host = await HostAsync();
        await using var log = new PredictionLog(trained.Store.Predictions, new PredictionLogOptions(), TimeProvider.System);
        await using var stopSwitch = new StopSwitch(trained.Store.Reviews, TrainedStore.Model, TimeSpan.FromHours(1), TimeProvider.System);
        await stopSwitch.StartAsync(Ct);
        var options = Options();
        await using var consumer = new PredictionConsumer(host, options, recording: new EventRecording(log, stopSwitch));
        await consumer.StartAsync(Ct);
        await using var queues = await BrokerQueues.OpenAsync(connection, options.Queue);
        await stopSwitch.SetAsync(true, "drift alert", "tests", Ct);
        try
        {
            await queues.PublishAsync(options.Queue, new { requestId = "stopped", model = TrainedStore.Model, rows = trained.Rows.Take(4) });
            var result = Assert.Single(await queues.ReadAsync(options.Results, 1)).As<PredictionResultMessage>();
            await log.FlushAsync(Ct);

            Assert.All(result.Predictions, p => Assert.Equal((Bands.Review, true), (p.Band, p.Reasons.Contains(Bands.StopSwitch))));
            foreach (var p in result.Predictions)
                Assert.Equal(Bands.Review, (await trained.Store.Predictions.GetAsync(p.PredictionId, Ct))?.Band);
        }
        finally
        {
            await stopSwitch.SetAsync(false, "test over", "tests", CancellationToken.None);
        }
    }

    private async Task<ModelHost> HostAsync()
    {
        var host = new ModelHost(trained.Store, new ModelHostOptions { Model = TrainedStore.Model, PollInterval = TimeSpan.FromHours(1) }, TimeProvider.System);
        await host.StartAsync(Ct);
        return host;
    }

    private PredictionConsumerOptions Options() =>
        new() { Broker = broker.Broker, Queue = broker.Queue("predict"), Results = broker.Queue("results"), DeadLetters = broker.Queue("dead") };
}
