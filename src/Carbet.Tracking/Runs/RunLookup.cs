using Carbet.Core;
using Carbet.Tracking.Storage;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Runs;

/// <summary>Finds runs by id or unique prefix, and guards writes to them.</summary>
internal static class RunLookup
{
    public const int MinPrefix = 6;
    public const int IdLength = 32;
    private const int MaxCandidates = 5;

    /// <summary>The full id of the run <paramref name="runId"/> names, or null; an ambiguous prefix is a user error.</summary>
    public static async Task<string?> ResolveAsync(StoreDbContext db, string runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        var id = runId.Trim().ToLowerInvariant();
        if (id.Length is < MinPrefix or > IdLength || !id.All(char.IsAsciiHexDigit))
            return null;
        if (id.Length == IdLength)
            return await db.Runs.AnyAsync(r => r.Uuid == id, ct) ? id : null;
        var matches = await db.Runs.Where(r => r.Uuid.StartsWith(id)).OrderBy(r => r.Id)
            .Select(r => r.Uuid).Take(MaxCandidates + 1).ToListAsync(ct);
        return matches.Count switch
        {
            0 => null,
            1 => matches[0],
            _ => throw new UserErrorException(
                $"The run id prefix '{runId}' matches several runs: {string.Join(", ", matches.Take(MaxCandidates))}{(matches.Count > MaxCandidates ? ", ..." : "")}.",
                "Give more characters of the run id."),
        };
    }

    /// <summary>The full id of an existing run; an unknown one is a user error.</summary>
    public static async Task<string> RequireAsync(StoreDbContext db, string runId, CancellationToken ct) =>
        await ResolveAsync(db, runId, ct) ?? throw Unknown(runId);

    /// <summary>The row id of a running run, read in the current transaction so that the run cannot end
    /// before the write commits; an unknown or ended run is a user error.</summary>
    public static async Task<long> RequireRunningAsync(StoreEngine engine, StoreDbContext db, string runId, CancellationToken ct)
    {
        var uuid = await RequireAsync(db, runId, ct);
        await db.Database.OpenConnectionAsync(ct);   // outside a transaction EF has not opened it
        await using var command = StoreEngine.Command(db, "SELECT id, status FROM runs WHERE uuid = @uuid" + engine.ForShare);
        StoreEngine.Parameter(command, "@uuid", uuid);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            throw Unknown(runId);
        var (id, status) = (reader.GetInt64(0), RunStatusText.Parse(reader.GetString(1)));
        if (status != RunStatus.Running)
            throw Ended(uuid, status);
        return id;
    }

    public static UserErrorException Unknown(string runId) => new(
        $"Run '{runId}' does not exist in this store.",
        "List runs with 'carbet runs list' and pass one of their ids (6 characters or more).");

    public static UserErrorException Ended(string runId, RunStatus status) => new(
        $"Run {runId} has already ended ({RunStatusText.Format(status)}), so nothing more can be logged to it.",
        "Start a new run to record more results.");
}
