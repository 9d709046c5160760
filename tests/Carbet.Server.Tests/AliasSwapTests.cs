using System.Collections.Concurrent;
using System.Net;

using Carbet.Serving.Tests;

namespace Carbet.Server.Tests;

public sealed class AliasSwapTests(TrainedStore trained)
{
    private const string Alias = "swap-under-load";

    [Fact]
    public async Task Predict_AliasMovedDuringConcurrentRequests_NoneFailsAndEachMatchesTheVersionItNames()
    {
        var ct = TestContext.Current.CancellationToken;
        var rows = trained.Rows.Take(8).ToList();
        var expected = new Dictionary<int, double[]>
        {
            [1] = await trained.ScoresAsync(trained.V1, rows),
            [2] = await trained.ScoresAsync(trained.V2, rows),
        };
        Assert.NotEqual(expected[1], expected[2]);
        await trained.Store.Models.SetAliasAsync(TrainedStore.Model, Alias, 1, "test", ct);
        await using var server = await RunningServer.StartAsync(trained, host => host with { Alias = Alias });
        var seen = new ConcurrentBag<(HttpStatusCode Status, int Version, double[] Scores)>();
        using var stop = new CancellationTokenSource();

        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await server.PredictAsync(new { rows });
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    seen.Add((response.StatusCode, 0, []));
                    continue;
                }
                var body = await RunningServer.JsonAsync(response);
                var predictions = body.GetProperty("predictions").EnumerateArray().ToList();
                Assert.All(predictions, p => Assert.Equal(body.GetProperty("version").GetInt32(), p.GetProperty("version").GetInt32()));
                seen.Add((response.StatusCode, body.GetProperty("version").GetInt32(), [.. predictions.Select(p => p.GetProperty("score").GetDouble())]));
            }
        }, ct)).ToList();
        for (var move = 0; move < 10; move++)
        {
            await Task.Delay(40, ct);
            await trained.Store.Models.SetAliasAsync(TrainedStore.Model, Alias, move % 2 == 0 ? 2 : 1, "test", ct);
            await server.Server.Host.RefreshAsync(ct);
        }
        await Task.Delay(40, ct);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.All(seen, s => Assert.Equal(HttpStatusCode.OK, s.Status));
        Assert.All(seen, s => Assert.Equal(expected[s.Version], s.Scores));
        Assert.Contains(seen, s => s.Version == 1);
        Assert.Contains(seen, s => s.Version == 2);
    }
}
