using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Carbet.Bench.Serving;

/// <summary>The phases of a run, in order: throughput of the ceiling and of the server, latency at a fixed rate, 1,000-row
/// batches, the soak with alias moves; then the server is stopped and its logged predictions counted.</summary>
internal static class Drive
{
    private const double MlflowPerSecond = 3345;

    public static async Task<string> RunAsync(DriveSettings s)
    {
        using var ceilingClient = Client(s.Ceiling, null, s.Connections);
        using var serverClient = Client(s.Server, s.Key, s.Connections);
        var path = $"/api/v1/models/{s.Model}/predict";
        var single = Encoding.UTF8.GetBytes(s.RowBody);
        var row = JsonDocument.Parse(s.RowBody).RootElement.GetProperty("row").GetRawText();
        var batch = Encoding.UTF8.GetBytes($"{{\"rows\": [{string.Join(",", Enumerable.Repeat(row, 1000))}]}}");
        var (ceiling, server, batches) = (new LoadGenerator(ceilingClient, path, single), new LoadGenerator(serverClient, path, single), new LoadGenerator(serverClient, path, batch));
        var loadBefore = ServerProcess.LoadAverage();
        var loggedBefore = s.Process.LoggedPredictions();
        long rowsScored = 0;

        Log("warm-up");
        await ceiling.ClosedLoopAsync(s.Connections, TimeSpan.FromSeconds(3));
        rowsScored += Ok((await server.ClosedLoopAsync(s.Connections, TimeSpan.FromSeconds(3))).Latencies);
        Log($"closed loop, {s.Connections} connections, {s.Duration.TotalSeconds:0} s each");
        var (ceilingRate, ceilingLatencies) = await ceiling.ClosedLoopAsync(s.Connections, s.Duration);
        var (serverRate, serverLatencies) = await server.ClosedLoopAsync(s.Connections, s.Duration);
        rowsScored += Ok(serverLatencies);
        Log($"open loop at {s.Rate}/s");
        var open = await server.OpenLoopAsync(s.Rate, s.Duration);
        rowsScored += Ok(open);
        Log("1,000-row batches");
        rowsScored += 1000L * Ok(await batches.SequentialAsync(5));
        var batchLatencies = await batches.SequentialAsync(50);
        rowsScored += 1000L * Ok(batchLatencies);
        Log($"soak at {s.Rate}/s for {s.Soak.TotalSeconds:0} s, alias moved every 10 s");
        var soak = await Soak.RunAsync(s, server, serverClient);
        rowsScored += Ok(soak.Latencies);
        Log("stopping the server so that it flushes its prediction log");
        await s.Process.StopAsync(TimeSpan.FromSeconds(60));
        var logged = s.Process.LoggedPredictions() - loggedBefore;
        var loadAfter = ServerProcess.LoadAverage();

        var table = new StringBuilder();
        table.AppendLine("| measure | value | target | |");
        table.AppendLine("|---|---|---|---|");
        Row(table, "ceiling (constant Kestrel endpoint), closed loop", $"{ceilingRate:N0} req/s (p99 {ceilingLatencies.Ms(99):0.00} ms, {ceilingLatencies.Errors} errors)", "", null);
        Row(table, "single-row predict, closed loop", $"{serverRate:N0} req/s (p99 {serverLatencies.Ms(99):0.00} ms, {serverLatencies.Errors} errors)", "≥ 10,000 req/s", serverRate >= 10_000);
        Row(table, "predict / ceiling", $"{serverRate / ceilingRate:P0}", "≥ 50%", serverRate >= 0.5 * ceilingRate);
        Row(table, "predict / MLflow's 3,345 req/s", $"{serverRate / MlflowPerSecond:0.0}×", "", null);
        Row(table, $"single-row latency at {s.Rate} req/s, open loop", $"p50 {open.Ms(50):0.00} ms, p99 {open.Ms(99):0.00} ms, p99.9 {open.Ms(99.9):0.00} ms, {open.Errors} errors of {open.Count:N0}", "p99 ≤ 5 ms", open.Ms(99) <= 5 && open.Errors == 0);
        Row(table, "1,000-row batch", $"p50 {batchLatencies.Ms(50):0.0} ms, p99 {batchLatencies.Ms(99):0.0} ms ({batchLatencies.Count} batches, {batchLatencies.Errors} errors)", "≤ 20 ms", batchLatencies.Ms(50) <= 20 && batchLatencies.Errors == 0);
        Row(table, $"soak: {soak.Latencies.Count:N0} requests in {s.Soak.TotalSeconds:0} s at {s.Rate}/s", $"{soak.Latencies.Errors} errors; p99 {soak.Latencies.Ms(99):0.00} ms", "0 errors", soak.Latencies.Errors == 0);
        Row(table, "soak: alias moves", $"{soak.Moves} moves, {soak.FailedMoves} failed; {soak.Latencies.Errors} failed requests", "0 failed requests", soak.FailedMoves == 0 && soak.Latencies.Errors == 0);
        Row(table, "soak: server resident memory", $"{soak.RssStartKiB / 1024.0:0} MiB → {soak.RssEndKiB / 1024.0:0} MiB (max {soak.RssMaxKiB / 1024.0:0} MiB), {soak.Growth:+0.0%;-0.0%}", "growth < 10%", soak.Growth < 0.10);
        Row(table, "logged predictions = rows scored (whole run)", $"{logged:N0} logged, {rowsScored:N0} scored", "equal", logged == rowsScored);
        Row(table, "load average (1, 5, 15 min) before → after", $"{loadBefore} → {loadAfter}", "", null);
        return table.ToString();
    }

    private static long Ok(Latencies latencies) => latencies.Count - latencies.Errors;

    private static void Row(StringBuilder table, string measure, string value, string target, bool? met) =>
        table.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {value} | {target} | {(met is null ? "" : met.Value ? "met" : "**missed**")} |");

    private static HttpClient Client(Uri baseAddress, string? key, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(30) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (key is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static void Log(string phase) => Console.Error.WriteLine($"[{TimeProvider.System.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {phase}");
}
