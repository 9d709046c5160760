using System.Collections.Immutable;
using System.Globalization;

using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Studies;

public sealed partial class Study
{
    /// <summary>Runs trials one after another (or <see cref="StudyOptions.TrialsSideBySide"/> at a time) until the budget is
    /// spent, as worker <paramref name="worker"/>.</summary>
    /// <remarks>Several workers (threads or processes) may optimise the same study at once; the trial budget counts
    /// all of their trials. An objective that throws or returns NaN fails its trial with the reason, and the study
    /// goes on; <see cref="TrialPrunedException"/> prunes it. Cancelling fails the running trial and throws. While a trial
    /// runs, its heartbeat is recorded every <see cref="StudyOptions.HeartbeatInterval"/>; before claiming each trial, the
    /// study's running trials silent for longer than the grace period (their worker died) are failed.</remarks>
    /// <param name="objective">Evaluates a trial's values and returns the value to minimise or maximise.</param>
    /// <param name="budget">How many trials the study may hold and how long this call may start new ones.</param>
    /// <param name="worker">Names this worker in the trials it runs, e.g. host and process id.</param>
    /// <param name="progress">Told after each trial, or null.</param>
    /// <param name="ct">Stops the run.</param>
    public async Task<OptimizeResult> OptimizeAsync(Func<Trial, CancellationToken, Task<double>> objective, StudyBudget budget,
        string worker, IProgress<TuningProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(budget);
        budget.Check();
        Options.Check();
        var time = Options.Context.Time;
        var started = time.GetUtcNow();
        var deadline = budget.TimeLimit is { } limit ? started + limit : DateTimeOffset.MaxValue;
        var run = new RunTally();
        using var history = new TrialHistory(this, Options.TrialsSideBySide);
        var stops = await Task.WhenAll(Enumerable.Range(0, Options.TrialsSideBySide).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (time.GetUtcNow() >= deadline)
                    return StopReason.TimeLimit;
                run.AddStaleFailed(await FailStaleTrialsAsync(ct).ConfigureAwait(false));
                var record = await history.ClaimAsync(() => Storage.StartTrialAsync(Record.Id, budget.MaxTrials, worker, time.GetUtcNow(), ct), ct).ConfigureAwait(false);
                if (record is null)
                    return StopReason.MaxTrials;
                TrialRecord finished;
                try
                {
                    finished = await RunTrialAsync(objective, record, run, history, ct).ConfigureAwait(false);
                }
                finally
                {
                    history.Finished(record.Number);
                }
                var trials = run.AddTrial();
                if (progress is not null)
                    progress.Report(new TuningProgress(finished, trials, budget.MaxTrials, (await FindBestTrialAsync(ct).ConfigureAwait(false))?.Value));
            }
        }, ct))).ConfigureAwait(false);
        return stops.Contains(StopReason.TimeLimit)
            ? await FinishAsync(run, StopReason.TimeLimit, TimeLimitNote(run.Trials, started, budget.TimeLimit!.Value, time.GetUtcNow()), ct).ConfigureAwait(false)
            : await FinishAsync(run, StopReason.MaxTrials, null, ct).ConfigureAwait(false);
    }

    private async Task<TrialRecord> RunTrialAsync(Func<Trial, CancellationToken, Task<double>> objective, TrialRecord record, RunTally run,
        TrialHistory history, CancellationToken ct)
    {
        if (record.Parameters.IsEmpty && !Space.Parameters.IsEmpty)
        {
            var parameters = Sample(record, await history.ForAsync(record.Number, ct).ConfigureAwait(false));
            await Storage.SetParametersAsync(record.Id, parameters, ct).ConfigureAwait(false);
            record = record with { Parameters = parameters.ToImmutableSortedDictionary(StringComparer.Ordinal) };
        }
        var trial = new Trial(this, record, history);
        var heartbeat = TrialHeartbeat.Start(Storage, record.Id, Options.HeartbeatInterval, Options.Context.Time);
        (TrialState State, double? Value, string? Message) outcome;
        try
        {
            outcome = await EvaluateAsync(objective, trial, ct).ConfigureAwait(false);
        }
        finally
        {
            if (heartbeat is not null)
                await heartbeat.DisposeAsync().ConfigureAwait(false);
        }
        run.AddMissedHeartbeats(heartbeat?.Missed ?? 0);
        var now = Options.Context.Time.GetUtcNow();
        if (heartbeat?.Lost == true)
            return await StoredAsync(record.Id).ConfigureAwait(false);
        try
        {
            await Storage.FinishTrialAsync(record.Id, outcome.State, outcome.Value, outcome.Message, now, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Core.UserErrorException)
        {
            // another worker failed the trial as stale after its last heartbeat: its stored end stands
            if (await StoredAsync(record.Id).ConfigureAwait(false) is { State: not TrialState.Running } stored)
                return stored;
            throw;
        }
        ct.ThrowIfCancellationRequested();
        return trial.Record with { State = outcome.State, Value = outcome.Value, Message = outcome.Message, FinishedAt = now };
    }

    private static async Task<(TrialState, double?, string?)> EvaluateAsync(Func<Trial, CancellationToken, Task<double>> objective, Trial trial, CancellationToken ct)
    {
        try
        {
            var value = await objective(trial, ct).ConfigureAwait(false);
            return double.IsNaN(value) ? (TrialState.Failed, null, "The objective returned NaN.") : (TrialState.Complete, value, null);
        }
        catch (TrialPrunedException e)
        {
            var step = trial.Record.IntermediateValues.IsEmpty ? "before any step" : $"at step {trial.Record.IntermediateValues.Keys.Max()}";
            return (TrialState.Pruned, null, $"{e.Message} ({step})");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return (TrialState.Failed, null, "Cancelled.");
        }
#pragma warning disable CA1031 // any failure of user code fails the trial, not the study
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (TrialState.Failed, null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private Dictionary<string, double> Sample(TrialRecord record, ImmutableArray<TrialRecord> history)
    {
        var random = Options.Context.CreateRandom($"tuning/{Name}/trial-{record.Number.ToString(CultureInfo.InvariantCulture)}");
        var chosen = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var parameter in Space.Parameters.Where(p => Space.IsActive(p, chosen)))
            chosen[parameter.Name] = Options.Sampler.Sample(history, Direction, parameter, random);
        return chosen;
    }

    private async Task<OptimizeResult> FinishAsync(RunTally run, StopReason reason, string? note, CancellationToken ct) =>
        new(run.Trials, reason, await FindBestTrialAsync(ct).ConfigureAwait(false), Join(note, run.Note()), run.StaleFailed);

    private static string? TimeLimitNote(int run, DateTimeOffset started, TimeSpan limit, DateTimeOffset now) => run switch
    {
        0 => $"The time limit of {limit} ended before any trial started.",
        1 => $"The time limit of {limit} ended during the first trial, which took {now - started}; raise the limit above that to run more than one trial.",
        _ => null,
    };
}
