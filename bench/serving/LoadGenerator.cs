using System.Diagnostics;
using System.Net;

namespace Carbet.Bench.Serving;

/// <summary>Sends predict requests over one <see cref="HttpClient"/>: a closed loop (N connections, each sending its next
/// request when the last is answered) for throughput, an open loop (requests at a fixed rate, whatever the answers do) for
/// latency, and one request after another for batches.</summary>
internal sealed class LoadGenerator(HttpClient client, string path, byte[] body)
{
    public async Task<HttpStatusCode> SendAsync(CancellationToken ct)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync(path, content, ct);
        await response.Content.CopyToAsync(Stream.Null, ct);
        return response.StatusCode;
    }

    public async Task<(double PerSecond, Latencies Latencies)> ClosedLoopAsync(int connections, TimeSpan duration)
    {
        var latencies = new Latencies();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (stopwatch.Elapsed < duration)
                await TimedAsync(latencies);
        }));
        return (latencies.Count / stopwatch.Elapsed.TotalSeconds, latencies);
    }

    public async Task<Latencies> OpenLoopAsync(int perSecond, TimeSpan duration, Func<TimeSpan, Task>? everySecond = null)
    {
        var latencies = new Latencies();
        var inFlight = new List<Task>();
        var stopwatch = Stopwatch.StartNew();
        var total = (long)(perSecond * duration.TotalSeconds);
        var nextSecond = 1;
        for (long i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due - stopwatch.Elapsed is { TotalMilliseconds: > 1 } wait)
                await Task.Delay(wait);
            inFlight.Add(TimedAsync(latencies));
            if (everySecond is not null && stopwatch.Elapsed.TotalSeconds >= nextSecond)
            {
                nextSecond++;
                inFlight.Add(everySecond(stopwatch.Elapsed));
            }
            if (inFlight.Count > 4096)
                inFlight.RemoveAll(t => t.IsCompleted);
        }
        await Task.WhenAll(inFlight);
        return latencies;
    }

    public async Task<Latencies> SequentialAsync(int count)
    {
        var latencies = new Latencies();
        for (var i = 0; i < count; i++)
            await TimedAsync(latencies);
        return latencies;
    }

    private async Task TimedAsync(Latencies latencies)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            latencies.Add(start, await SendAsync(CancellationToken.None) == HttpStatusCode.OK);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            latencies.Add(start, ok: false);
        }
    }
}
