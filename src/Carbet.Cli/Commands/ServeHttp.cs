using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Core;
using Carbet.Server;
using Carbet.Serving.Hosting;
using Carbet.Tracking;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary>The HTTP side of <c>carbet serve</c>, shared with <c>carbet demo --serve</c>: where to listen, the rate limit,
/// what the running server prints, and the wait for Ctrl+C.</summary>
internal sealed class ServeHttp
{
    public Option<string> Urls { get; } = new("--urls") { Description = "Where to listen, separated by semicolons; port 0 picks a free port.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };

    public Option<int> RateLimit { get; } = new("--rate-limit") { Description = "API requests per minute and key; more get 429. 0 turns the limit off.", DefaultValueFactory = _ => 600 };

    public Option<string> LogLevel { get; } = new("--log-level")
    {
        Description = "The least severe log lines written: debug adds one line per scored request; information (the default) logs refusals, loads and swaps.",
        DefaultValueFactory = _ => "information",
    };

    public IEnumerable<Option> All => [Urls, RateLimit, LogLevel];

    public ServeHttp() => LogLevel.AcceptOnlyFromAmong("trace", "debug", "information", "warning", "error");

    public ServerOptions From(ParseResult parse, ModelHostOptions host, bool requireApiKeys)
    {
        if (parse.GetValue(RateLimit) is < 0 and var perMinute)
            throw new UserErrorException($"--rate-limit {perMinute} is negative.", "Give requests per minute per key, such as 600, or 0 for no limit.");
        return new ServerOptions
        {
            Urls = parse.GetRequiredValue(Urls),
            RequireApiKeys = requireApiKeys,
            RequestsPerMinutePerKey = parse.GetValue(RateLimit),
            MinimumLogLevel = Enum.Parse<Microsoft.Extensions.Logging.LogLevel>(parse.GetRequiredValue(LogLevel), ignoreCase: true),
            Host = host,
        };
    }

    /// <summary>The rows of the command's table that say where to call the server and what it asks of callers.</summary>
    public static async Task<Table> DescribeAsync(Table table, CarbetServer server, ServerOptions options, IStore store, CancellationToken ct) =>
        table.Row("Predict", string.Join(" ", server.Urls.Select(u => $"POST {u}/api/v1/models/{options.Host.Model}/predict")))
            .Row("Web UI", string.Join(" ", server.Urls.Select(u => $"{u}/ui")))
            .Row("OpenAPI", string.Join(" ", server.Urls.Select(u => $"{u}/openapi/v1.json")))
            .Row("Metrics", string.Join(" ", server.Urls.Select(u => $"{u}/metrics")))
            .Row("API keys", options.RequireApiKeys
                ? $"required ({(await store.Keys.ListAsync(ct)).Count(k => k.Active)} active; carbet keys create --role predict --name <client>); {RateText(options.RequestsPerMinutePerKey)}"
                : "NOT required (--no-auth): anyone who can reach this address can move aliases");

    /// <summary>One line per address, which scripts and tests wait for: <c>Listening on URL; press Ctrl+C to stop.</c></summary>
    public static async Task AnnounceAsync(CliConsole console, CarbetServer server)
    {
        foreach (var url in server.Urls)
            await console.OutWriter.WriteLineAsync($"Listening on {url}; press Ctrl+C to stop.");
    }

    /// <summary>Returns when <paramref name="ct"/> is cancelled, as Ctrl+C or SIGTERM does.</summary>
    public static async Task WaitAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private static string RateText(int perMinute) => perMinute == 0 ? "no rate limit" : $"at most {perMinute} requests per minute per key";
}
