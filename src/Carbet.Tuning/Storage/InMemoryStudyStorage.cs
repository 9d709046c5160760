using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Tuning.Storage;

/// <summary>Studies held in this process's memory: for one process and for tests. One lock guards everything,
/// so concurrent workers in the process see the contract of <see cref="IStudyStorage"/>.</summary>
/// <param name="time">The clock stamping new studies; the system clock when null.</param>
public sealed partial class InMemoryStudyStorage(TimeProvider? time = null) : IStudyStorage
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly List<StudyRecord> _studies = [];
    private readonly Dictionary<string, List<TrialRecord>> _trials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TrialRecord> _trialsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _heartbeats = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<StudyRecord> OpenStudyAsync(string name, StudyDirection direction, IReadOnlyDictionary<string, string> attributes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        lock (_lock)
        {
            if (_studies.Find(s => s.Name == name) is { } existing)
            {
                if (existing.Direction != direction)
                    throw new UserErrorException($"Study '{name}' was created to {existing.Direction}, not to {direction}.",
                        $"Open '{name}' with direction {existing.Direction}, or use a new study name.");
                return Task.FromResult(existing);
            }
            var study = new StudyRecord($"study-{_studies.Count + 1}", name, direction, attributes.ToImmutableSortedDictionary(StringComparer.Ordinal), _time.GetUtcNow());
            _studies.Add(study);
            _trials.Add(study.Id, []);
            return Task.FromResult(study);
        }
    }

    /// <inheritdoc/>
    public Task<StudyRecord?> FindStudyAsync(string name, CancellationToken ct)
    {
        lock (_lock)
            return Task.FromResult(_studies.Find(s => s.Name == name));
    }

    /// <inheritdoc/>
    public Task<ImmutableArray<StudyRecord>> ListStudiesAsync(CancellationToken ct)
    {
        lock (_lock)
            return Task.FromResult(_studies.ToImmutableArray());
    }

    /// <inheritdoc/>
    public Task<TrialRecord?> StartTrialAsync(string studyId, int? maxTrials, string worker, DateTimeOffset now, CancellationToken ct)
    {
        lock (_lock)
        {
            var trials = TrialsOf(studyId);
            if (maxTrials is { } max && trials.Count(t => t.State != TrialState.Waiting) >= max)
                return Task.FromResult<TrialRecord?>(null);
            var waiting = trials.Find(t => t.State == TrialState.Waiting);
            TrialRecord started;
            if (waiting is not null)
            {
                started = waiting with { State = TrialState.Running, Worker = worker, StartedAt = now };
                trials[trials.IndexOf(waiting)] = started;
            }
            else
            {
                started = NewTrial(studyId, trials.Count) with { State = TrialState.Running, Worker = worker, StartedAt = now };
                trials.Add(started);
            }
            _trialsById[started.Id] = started;
            return Task.FromResult<TrialRecord?>(started);
        }
    }

    /// <inheritdoc/>
    public Task SetParametersAsync(string trialId, IReadOnlyDictionary<string, double> parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Update(trialId, t => t with { Parameters = t.Parameters.SetItems(parameters) });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ReportAsync(string trialId, int step, double value, CancellationToken ct)
    {
        Update(trialId, t => t with { IntermediateValues = t.IntermediateValues.SetItem(step, value) });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task FinishTrialAsync(string trialId, TrialState state, double? value, string? message, DateTimeOffset now, CancellationToken ct)
    {
        if (state is TrialState.Waiting or TrialState.Running)
            throw new UserErrorException($"A trial cannot finish as {state}.", "Finish it as Complete (with its value), Pruned or Failed (with the reason).");
        if (state == TrialState.Complete && !(value is { } v && double.IsFinite(v)))
            throw new UserErrorException($"Trial '{trialId}' cannot complete without a finite value.", "Finish it as Failed, with the reason, when the objective gives no finite value.");
        Update(trialId, t => t with { State = state, Value = value, Message = message, FinishedAt = now });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<TrialRecord> EnqueueTrialAsync(string studyId, IReadOnlyDictionary<string, double> parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        lock (_lock)
        {
            var trials = TrialsOf(studyId);
            var queued = NewTrial(studyId, trials.Count) with { Parameters = parameters.ToImmutableSortedDictionary(StringComparer.Ordinal) };
            trials.Add(queued);
            _trialsById[queued.Id] = queued;
            return Task.FromResult(queued);
        }
    }

    /// <inheritdoc/>
    public Task<ImmutableArray<TrialRecord>> ListTrialsAsync(string studyId, CancellationToken ct)
    {
        lock (_lock)
            return Task.FromResult(_trials.TryGetValue(studyId, out var trials) ? trials.ToImmutableArray() : []);
    }

    private List<TrialRecord> TrialsOf(string studyId) =>
        _trials.TryGetValue(studyId, out var trials) ? trials
            : throw new UserErrorException($"Study '{studyId}' does not exist.", "Open the study before adding trials to it.");

    private static TrialRecord NewTrial(string studyId, int number) =>
        new($"{studyId}/trial-{number.ToString(CultureInfo.InvariantCulture)}", studyId, number, TrialState.Waiting,
            ImmutableSortedDictionary<string, double>.Empty.WithComparers(StringComparer.Ordinal), null,
            ImmutableSortedDictionary<int, double>.Empty, null, null, null, null);

    private void Update(string trialId, Func<TrialRecord, TrialRecord> change)
    {
        lock (_lock)
        {
            if (!_trialsById.TryGetValue(trialId, out var trial))
                throw new UserErrorException($"Trial '{trialId}' does not exist.", "Start the trial before writing to it.");
            if (trial.State != TrialState.Running)
            {
                var state = trial.State.ToString().ToLowerInvariant();
                throw new UserErrorException($"Trial {trial.Number} is {state}, not running, so it cannot change.",
                    trial.State == TrialState.Waiting ? "Claim it with StartTrialAsync first." : "A finished trial stays as it is; start a new trial to evaluate more.");
            }
            var changed = change(trial);
            _trialsById[trialId] = changed;
            _trials[trial.StudyId][trial.Number] = changed;
        }
    }
}
