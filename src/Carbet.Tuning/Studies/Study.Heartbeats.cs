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
        public int Trials { get; set; }

        public int StaleFailed { get; set; }

        public int MissedHeartbeats { get; set; }

        public string? Note()
        {
            var notes = new List<string>();
            if (StaleFailed > 0)
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Failed {StaleFailed} stale trial(s) whose worker stopped sending heartbeats; their messages name the worker."));
            if (MissedHeartbeats > 0)
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{MissedHeartbeats} heartbeat(s) could not be written to the study storage."));
            return notes.Count == 0 ? null : string.Join(" ", notes);
        }
    }
}
