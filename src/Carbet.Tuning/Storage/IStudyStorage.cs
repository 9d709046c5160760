using System.Collections.Immutable;

namespace Carbet.Tuning.Storage;

/// <summary>Where studies and trials live: in memory for one process, or in the store (SQLite, PostgreSQL)
/// for many workers on one or many machines.</summary>
/// <remarks>Contract (<c>StudyStorageContract</c> in the tests): several workers calling
/// <see cref="StartTrialAsync"/> at once never get the same trial, never get the same number, and never
/// exceed <c>maxTrials</c> together (a row lock on the study, as Optuna's RDB storage takes); an unknown
/// study or trial given to a write throws <see cref="Core.UserErrorException"/>. A worker that dies leaves its trial
/// Running; <see cref="FailStaleTrialsAsync"/> ends it once its heartbeats (or, without any, its start) are old enough,
/// and never overwrites a trial that finished or sent a heartbeat meanwhile.</remarks>
public interface IStudyStorage
{
    /// <summary>Opens the study called <paramref name="name"/>, creating it when it does not exist; an existing study keeps its
    /// direction and attributes, and a different <paramref name="direction"/> is refused.</summary>
    Task<StudyRecord> OpenStudyAsync(string name, StudyDirection direction, IReadOnlyDictionary<string, string> attributes, CancellationToken ct);

    /// <summary>The study called <paramref name="name"/>, or null.</summary>
    Task<StudyRecord?> FindStudyAsync(string name, CancellationToken ct);

    /// <summary>Every study, oldest first.</summary>
    Task<ImmutableArray<StudyRecord>> ListStudiesAsync(CancellationToken ct);

    /// <summary>Atomically claims the next trial for <paramref name="worker"/>: the oldest <see cref="TrialState.Waiting"/> trial,
    /// else a new trial with the next number; both become <see cref="TrialState.Running"/>. Returns null when
    /// <paramref name="maxTrials"/> is given and the study already holds that many trials in any state but Waiting.</summary>
    Task<TrialRecord?> StartTrialAsync(string studyId, int? maxTrials, string worker, DateTimeOffset now, CancellationToken ct);

    /// <summary>Records the values a sampler chose for a running trial (a waiting trial brings its own).</summary>
    Task SetParametersAsync(string trialId, IReadOnlyDictionary<string, double> parameters, CancellationToken ct);

    /// <summary>Records the value of a running trial at <paramref name="step"/>; a step reported twice keeps the last value.</summary>
    Task ReportAsync(string trialId, int step, double value, CancellationToken ct);

    /// <summary>Ends a running trial as Complete (with its value), Pruned or Failed (with the reason).</summary>
    Task FinishTrialAsync(string trialId, TrialState state, double? value, string? message, DateTimeOffset now, CancellationToken ct);

    /// <summary>Records that the worker running the trial is alive at <paramref name="now"/>. Returns false, writing
    /// nothing, when the trial is no longer running (it finished, or was failed as stale).</summary>
    Task<bool> RecordHeartbeatAsync(string trialId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Fails every running trial of the study whose last heartbeat, or start when it sent none, is before
    /// <paramref name="cutoff"/>, with a message naming its worker and that time; returns the trials it failed, by number.</summary>
    Task<ImmutableArray<TrialRecord>> FailStaleTrialsAsync(string studyId, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken ct);

    /// <summary>Queues a trial with fixed parameters (e.g. the defaults, or the best of an earlier study) for the next worker.</summary>
    Task<TrialRecord> EnqueueTrialAsync(string studyId, IReadOnlyDictionary<string, double> parameters, CancellationToken ct);

    /// <summary>Every trial of the study, by number.</summary>
    Task<ImmutableArray<TrialRecord>> ListTrialsAsync(string studyId, CancellationToken ct);
}
