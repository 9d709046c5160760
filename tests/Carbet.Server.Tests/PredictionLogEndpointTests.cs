using System.Net;
using System.Text.Json;

using Carbet.Serving.Tests;

namespace Carbet.Server.Tests;

public sealed class PredictionLogEndpointTests(TrainedStore trained)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Predict_Batch_LogsEveryPredictionWithInputsScoreLabelBandVersionAndLatency()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.PredictAsync(new { rows = trained.Rows.Take(10), version = 2 });
        await server.Server.PredictionLog.FlushAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var predictions = (await RunningServer.JsonAsync(response)).GetProperty("predictions").EnumerateArray().ToList();
        for (var i = 0; i < predictions.Count; i++)
        {
            var sent = predictions[i];
            var logged = await trained.Store.Predictions.GetAsync(sent.GetProperty("predictionId").GetGuid(), Ct);
            Assert.NotNull(logged);
            Assert.Equal((TrainedStore.Model, 2, sent.GetProperty("score").GetDouble(), sent.GetProperty("band").GetString()),
                (logged.Model, logged.Version, logged.Score, logged.Band));
            Assert.Equal(sent.GetProperty("label").GetBoolean() ? "true" : "false", logged.Label);
            Assert.Equal(sent.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()), logged.Reasons);
            Assert.True(logged.LatencyMs > 0);
            var inputs = JsonDocument.Parse(logged.Inputs).RootElement;
            Assert.Equal(trained.Rows[i].Keys.Order(), inputs.EnumerateObject().Select(p => p.Name).Order());
            Assert.Equal(trained.Rows[i]["loan_amount"].GetDouble(), inputs.GetProperty("loan_amount").GetDouble());
        }
    }

    [Fact]
    public async Task Predict_PseudonymisedField_StoredAsItsKeyedPseudonymNeverAsSent()
    {
        var pseudonymiser = new Carbet.Serving.Logging.Pseudonymiser(["territory"], "a-secret-of-more-than-16-chars");
        await using var server = await RunningServer.StartAsync(trained, server: o => o with { PredictionLog = o.PredictionLog with { Pseudonymiser = pseudonymiser } });

        using var response = await server.PredictAsync(new { rows = trained.Rows.Take(6) });
        await server.Server.PredictionLog.FlushAsync(Ct);

        var predictions = (await RunningServer.JsonAsync(response)).GetProperty("predictions").EnumerateArray().ToList();
        for (var i = 0; i < predictions.Count; i++)
        {
            var logged = await trained.Store.Predictions.GetAsync(predictions[i].GetProperty("predictionId").GetGuid(), Ct);
            var inputs = JsonDocument.Parse(logged!.Inputs).RootElement;
            Assert.Equal(pseudonymiser.Pseudonym("territory", trained.Rows[i]["territory"]), inputs.GetProperty("territory").GetString());
            Assert.DoesNotContain(trained.Rows[i]["territory"].GetString()!, logged.Inputs, StringComparison.Ordinal);
            Assert.Equal(trained.Rows[i]["loan_amount"].GetDouble(), inputs.GetProperty("loan_amount").GetDouble());
        }
    }

    [Fact]
    public async Task DisposeAsync_PredictionsJustServed_AreAllInTheStoreAfterShutdown()
    {
        var server = await RunningServer.StartAsync(trained);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await server.PredictAsync(new { rows = trained.Rows });
            ids.AddRange((await RunningServer.JsonAsync(response)).GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("predictionId").GetGuid()));
        }

        await server.DisposeAsync();

        var counters = server.Server.PredictionLog.Counters;
        Assert.Equal((200L, 200L, 0L, 0L), (counters.Enqueued, counters.Written, counters.Buffered, counters.Dropped));
        foreach (var id in ids)
            Assert.NotNull(await trained.Store.Predictions.GetAsync(id, Ct));
    }
}
