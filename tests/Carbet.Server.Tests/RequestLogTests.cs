using System.Net;

using Carbet.Serving.Tests;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Carbet.Server.Tests;

public sealed class RequestLogTests(TrainedStore trained)
{
    private const string Category = "Carbet.Server.Predict";

    [Fact]
    public async Task Predict_EachRequest_LogsOneLineWithModelVersionRowsLatencyAndStatus_ScoredAtDebugRefusedAtInformation()
    {
        var capture = new LogCapture();
        await using (var server = await StartAsync(capture))
        {
            (await server.PredictAsync(new { rows = trained.Rows.Take(4) })).Dispose();
            (await server.PredictAsync(new { row = trained.With(0, "loan_amount", null) })).Dispose();
            (await server.PredictAsync(new { row = trained.Rows[0], alias = "nobody" })).Dispose();
        }

        var lines = capture.Entries.Where(e => e.Category == Category).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal([LogLevel.Debug, LogLevel.Information, LogLevel.Information], lines.Select(l => l.Level));
        Assert.All(lines, l => Assert.Superset(new HashSet<string> { "Model", "Version", "Rows", "ElapsedMs", "Status" }, l.Values.Keys.ToHashSet()));
        Assert.Equal(["200", "400", "404"], lines.Select(l => l.Values["Status"]));
        Assert.Equal(["4", "1", "1"], lines.Select(l => l.Values["Rows"]));
        Assert.Equal(["1", "1", null], lines.Select(l => l.Values["Version"]));
        Assert.All(lines, l => Assert.Equal(TrainedStore.Model, l.Values["Model"]));
    }

    [Fact]
    public async Task Predict_ValidAndInvalidRows_NoInputValueReachesTheLog()
    {
        var capture = new LogCapture();
        string[] secrets = ["2345.678912", "atlantis-7781", "8000-x-5531", "98765432.1", "1e9"];
        await using (var server = await StartAsync(capture))
        {
            using var scored = await server.PredictAsync(new { row = trained.With(0, "monthly_income", secrets[0]) });
            using var refused = await server.PredictAsync(new
            {
                rows = new[]
                {
                    trained.With(1, "territory", $"\"{secrets[1]}\""), trained.With(2, "loan_amount", $"\"{secrets[2]}\""),
                    trained.With(3, "monthly_income", secrets[3]), trained.With(4, "monthly_debts", secrets[4]),
                },
            });
            Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(secrets[1], await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal(2, capture.Entries.Count(e => e.Category == Category));
        var everything = string.Join("\n", capture.Entries);
        Assert.All(secrets, s => Assert.DoesNotContain(s, everything, StringComparison.Ordinal));
        Assert.Contains("rows[0].territory,rows[1].loan_amount", everything, StringComparison.Ordinal);
    }

    private Task<RunningServer> StartAsync(LogCapture capture) =>
        RunningServer.StartAsync(trained, server: s => s with
        {
            MinimumLogLevel = LogLevel.Trace,
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(capture),
        });
}
