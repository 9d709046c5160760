using System.Globalization;

namespace Carbet.Tuning.Storage;

/// <summary>How every <see cref="IStudyStorage"/> words the failure of a trial whose worker stopped sending heartbeats.</summary>
public static class StaleTrials
{
    /// <summary>The message of a trial failed as stale: who ran it, and when it was last heard of.</summary>
    /// <param name="worker">The worker that claimed the trial, or null.</param>
    /// <param name="heartbeatAt">The trial's last heartbeat, or null when it sent none.</param>
    /// <param name="startedAt">When the trial started.</param>
    public static string Message(string? worker, DateTimeOffset? heartbeatAt, DateTimeOffset? startedAt)
    {
        var who = worker is null ? "Its worker" : $"Worker '{worker}'";
        var heard = heartbeatAt is { } beat
            ? $"stopped sending heartbeats (last at {Format(beat)})"
            : $"sent no heartbeat since the trial started (at {(startedAt is { } start ? Format(start) : "an unknown time")})";
        return $"{who} {heard}; it probably died, so the trial was failed as stale.";
    }

    private static string Format(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
