using System.Net;

namespace Carbet.Bench.Serving;

/// <summary>What the soak saw: every request's latency, the alias moves, and the server's resident memory.</summary>
internal sealed record SoakResult(Latencies Latencies, int Moves, int FailedMoves, long RssStartKiB, long RssEndKiB, long RssMaxKiB)
{
    public double Growth => (double)(RssEndKiB - RssStartKiB) / RssStartKiB;
}

/// <summary>Single-row requests at the fixed rate for the soak's length while an admin key moves the champion between
/// versions every 10 seconds; the server's RSS is read every second.</summary>
internal static class Soak
{
    public static async Task<SoakResult> RunAsync(DriveSettings s, LoadGenerator load, HttpClient admin)
    {
        var (moves, failed, next) = (0, 0, 0);
        var start = s.Process.ResidentKiB();
        var max = start;
        var latencies = await load.OpenLoopAsync(s.Rate, s.Soak, async elapsed =>
        {
            max = Math.Max(max, s.Process.ResidentKiB());
            if ((int)elapsed.TotalSeconds % 10 != 0)
                return;
            var version = s.Versions[next++ % s.Versions.Length];
            moves++;
            try
            {
                using var response = await admin.PutAsJsonAsync($"/api/v1/models/{s.Model}/aliases/champion", new { version });
                if (response.StatusCode != HttpStatusCode.OK)
                    failed++;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failed++;
            }
        });
        var end = s.Process.ResidentKiB();
        return new SoakResult(latencies, moves, failed, start, end, Math.Max(max, end));
    }
}
