using System.Diagnostics;
using System.Globalization;
using System.Text;

using Carbet.Testing;

using RabbitMQ.Client;

namespace Carbet.Cli.Tests;

public sealed class ServeEventsTests(RabbitMqServer broker) : IClassFixture<RabbitMqServer>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CarbetProcess.Result> Carbet(params string[] args) => CarbetProcess.RunAsync(_folder.Path, args);

    private static void AssertExit(int code, CarbetProcess.Result result) => Assert.True(result.ExitCode == code, $"exit {result.ExitCode}: {result.All}");

    [Fact]
    public async Task Serve_EventsWithoutHttp_DeadLettersAnInvalidRequestThenStopsOnSigterm()
    {
        var ct = TestContext.Current.CancellationToken;
        var connection = await broker.RequireAsync();
        AssertExit(0, await Carbet("demo-data", "--months", "2", "--rows-per-month", "300", "--out", "world"));
        AssertExit(0, await Carbet("init", "world/applications.csv", "--target", "default_12m", "--name", "credit"));
        AssertExit(0, await Carbet("data", "prepare"));
        AssertExit(0, await Carbet("train", "--families", "logistic", "--folds", "2", "--trials", "0"));
        var (queue, results) = (broker.Queue("cli.predict"), broker.Queue("cli.results"));
        var dead = queue + ".dead";
        broker.Track(dead);

        using var serve = Start("serve", "--events", broker.Broker.ToString(), "--no-http", "--queue", queue, "--results", results, "--prefetch", "4");
        var output = new StringBuilder();
        await WaitForLineAsync(serve, output, "Consuming ", ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await channel.BasicPublishAsync(string.Empty, queue, Encoding.UTF8.GetBytes("{\"requestId\": \"cli-1\", \"model\": \"credit\", \"row\": {}}"), ct);
        var letter = await GetAsync(channel, dead, ct);
        using (var term = Process.Start("kill", ["-TERM", serve.Id.ToString(CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await serve.WaitForExitAsync(timeout.Token);

        Assert.DoesNotContain("Listening on", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("cli-1", letter.BasicProperties.CorrelationId);
        Assert.Contains("row.loan_amount", Encoding.UTF8.GetString((byte[])letter.BasicProperties.Headers!["carbet-reason"]!), StringComparison.Ordinal);
        Assert.True(serve.ExitCode == 0, output.ToString());
        var down = await Carbet("serve", "--events", "amqp://guest:guest@127.0.0.1:1/", "--no-http");
        AssertExit(1, down);
        Assert.Contains("does not answer", down.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_NoHttpWithoutEvents_ExitsOneWithTheFix()
    {
        var serve = await Carbet("serve", "--no-http");

        AssertExit(1, serve);
        Assert.Contains("--events amqp://", serve.All, StringComparison.Ordinal);
    }

    private static async Task<BasicGetResult> GetAsync(IChannel channel, string queue, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (await channel.BasicGetAsync(queue, autoAck: true, ct) is { } got)
                return got;
            await Task.Delay(50, ct);
        }
        throw new TimeoutException($"Nothing arrived on {queue} in 30 s.");
    }

    private Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "carbet.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("CARBET_STORE");
        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start)!;
    }

    private static async Task WaitForLineAsync(Process serve, StringBuilder output, string prefix, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.AppendLine(line);
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                _ = serve.StandardOutput.ReadToEndAsync(ct);
                _ = serve.StandardError.ReadToEndAsync(ct);
                return;
            }
        }
        throw new InvalidOperationException("carbet serve exited before consuming: " + output + await serve.StandardError.ReadToEndAsync(ct));
    }
}
