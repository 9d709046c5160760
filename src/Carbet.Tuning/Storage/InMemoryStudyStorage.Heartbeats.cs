using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Tuning.Storage;

public sealed partial class InMemoryStudyStorage
{
    /// <inheritdoc/>
    public Task<bool> RecordHeartbeatAsync(string trialId, DateTimeOffset now, CancellationToken ct)
    {
        lock (_lock)
        {
            if (!_trialsById.TryGetValue(trialId, out var trial))
                throw new UserErrorException($"Trial '{trialId}' does not exist.", "Start the trial before sending its heartbeats.");
            if (trial.State != TrialState.Running)
                return Task.FromResult(false);
            _heartbeats[trialId] = now;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task<ImmutableArray<TrialRecord>> FailStaleTrialsAsync(string studyId, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken ct)
    {
        lock (_lock)
        {
            var trials = TrialsOf(studyId);
            var failed = ImmutableArray.CreateBuilder<TrialRecord>();
            for (var i = 0; i < trials.Count; i++)
            {
                var trial = trials[i];
                DateTimeOffset? heartbeat = _heartbeats.TryGetValue(trial.Id, out var beat) ? beat : null;
                if (trial.State != TrialState.Running || !((heartbeat ?? trial.StartedAt) < cutoff))
                    continue;
                var stale = trial with { State = TrialState.Failed, Message = StaleTrials.Message(trial.Worker, heartbeat, trial.StartedAt), FinishedAt = now };
                trials[i] = stale;
                _trialsById[trial.Id] = stale;
                failed.Add(stale);
            }
            return Task.FromResult(failed.ToImmutable());
        }
    }
}
