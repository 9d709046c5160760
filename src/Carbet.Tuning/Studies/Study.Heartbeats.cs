using System.Globalization;

using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Studies;

public sealed partial class Study
{
    /// <summary>Fails the study's running trials whose workers fell silent for longer than the grace period; returns how many.</summary>
    private async Task<int> FailStaleTrialsAsync(CancellationToken ct)
    {
        if (Options.StaleAfter is not { } grace)
            return 0;
        var now = Options.Context.Time.GetUtcNow();
        var failed = await Storage.FailStaleTrialsAsync(Record.Id, now - grace, now, ct).ConfigureAwait(false);
        return failed.Length;
    }

    private async Task<TrialRecord> StoredAsync(string trialId)
    {
        var trials = await Storage.ListTrialsAsync(Record.Id, CancellationToken.None).ConfigureAwait(false);
        return trials.Single(t => t.Id == trialId);
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first} {second}";

    /// <summary>What one call to <see cref="OptimizeAsync"/> has done so far.</summary>
    private sealed class RunTally
    {
        private int _trials;
        private int _staleFailed;
        private int _missedHeartbeats;

        public int Trials => Volatile.Read(ref _trials);

        public int StaleFailed => Volatile.Read(ref _staleFailed);

        public int AddTrial() => Interlocked.Increment(ref _trials);

        public void AddStaleFailed(int count) => Interlocked.Add(ref _staleFailed, count);

        public void AddMissedHeartbeats(int count) => Interlocked.Add(ref _missedHeartbeats, count);

        public string? Note()
        {
            var notes = new List<string>();
            var (staleFailed, missedHeartbeats) = (StaleFailed, Volatile.Read(ref _missedHeartbeats));
            if (staleFailed > 0)
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Failed {staleFailed} stale trial(s) whose worker stopped sending heartbeats; their messages name the worker."));
            if (missedHeartbeats > 0)
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{missedHeartbeats} heartbeat(s) could not be written to the study storage."));
            return notes.Count == 0 ? null : string.Join(" ", notes);
        }
    }
}
