using System.Collections.Immutable;
using System.Threading.Channels;

using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Tests.Studies;

/// <summary>An in-memory storage that tells each heartbeat it receives, and can refuse them as a store that is down would.</summary>
internal sealed class WatchedStudyStorage(TimeProvider time) : IStudyStorage
{
    private readonly InMemoryStudyStorage _inner = new(time);

    public Channel<(string TrialId, DateTimeOffset At, bool Written)> Heartbeats { get; } = Channel.CreateUnbounded<(string, DateTimeOffset, bool)>();

    public bool Down { get; set; }

    public async Task<bool> RecordHeartbeatAsync(string trialId, DateTimeOffset now, CancellationToken ct)
    {
        if (Down)
        {
            await Heartbeats.Writer.WriteAsync((trialId, now, false), ct);
            throw new TimeoutException("The store did not answer.");
        }
        var written = await _inner.RecordHeartbeatAsync(trialId, now, ct);
        await Heartbeats.Writer.WriteAsync((trialId, now, written), ct);
        return written;
    }

    public Task<ImmutableArray<TrialRecord>> FailStaleTrialsAsync(string studyId, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken ct) =>
        _inner.FailStaleTrialsAsync(studyId, cutoff, now, ct);

    public Task<StudyRecord> OpenStudyAsync(string name, StudyDirection direction, IReadOnlyDictionary<string, string> attributes, CancellationToken ct) =>
        _inner.OpenStudyAsync(name, direction, attributes, ct);

    public Task<StudyRecord?> FindStudyAsync(string name, CancellationToken ct) => _inner.FindStudyAsync(name, ct);

    public Task<ImmutableArray<StudyRecord>> ListStudiesAsync(CancellationToken ct) => _inner.ListStudiesAsync(ct);

    public Task<TrialRecord?> StartTrialAsync(string studyId, int? maxTrials, string worker, DateTimeOffset now, CancellationToken ct) =>
        _inner.StartTrialAsync(studyId, maxTrials, worker, now, ct);

    public Task SetParametersAsync(string trialId, IReadOnlyDictionary<string, double> parameters, CancellationToken ct) =>
        _inner.SetParametersAsync(trialId, parameters, ct);

    public Task ReportAsync(string trialId, int step, double value, CancellationToken ct) => _inner.ReportAsync(trialId, step, value, ct);

    public Task FinishTrialAsync(string trialId, TrialState state, double? value, string? message, DateTimeOffset now, CancellationToken ct) =>
        _inner.FinishTrialAsync(trialId, state, value, message, now, ct);

    public Task<TrialRecord> EnqueueTrialAsync(string studyId, IReadOnlyDictionary<string, double> parameters, CancellationToken ct) =>
        _inner.EnqueueTrialAsync(studyId, parameters, ct);

    public Task<ImmutableArray<TrialRecord>> ListTrialsAsync(string studyId, CancellationToken ct) => _inner.ListTrialsAsync(studyId, ct);
}
