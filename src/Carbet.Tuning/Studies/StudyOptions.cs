using Carbet.Core;
using Carbet.Tuning.Pruners;
using Carbet.Tuning.Samplers;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Studies;

/// <summary>How a study searches: what it optimises towards, over which space, with which sampler and pruner.</summary>
public sealed class StudyOptions
{
    /// <value>Whether smaller or larger objective values are better. The default is <see cref="StudyDirection.Minimize"/>.</value>
    public StudyDirection Direction { get; init; } = StudyDirection.Minimize;

    /// <value>The hyperparameters searched; required.</value>
    public required SearchSpace Space { get; init; }

    /// <value>Proposes each trial's values. The default is a <see cref="TpeSampler"/> with Optuna's defaults.</value>
    public ISampler Sampler { get; init; } = new TpeSampler();

    /// <value>Stops unpromising trials early. The default is <see cref="NopPruner"/>.</value>
    public IPruner Pruner { get; init; } = new NopPruner();

    /// <value>How often a worker records that the trial it runs is alive, so that other workers can tell a trial whose
    /// worker died; null sends none, and then no trial is ever failed as stale. The default is 30 seconds.</value>
    public TimeSpan? HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <value>How long a running trial may go without a heartbeat (or, before its first, since it started) before a worker
    /// starting a trial fails it as stale. The default, null, is twice <see cref="HeartbeatInterval"/>, as in Optuna.</value>
    public TimeSpan? HeartbeatGracePeriod { get; init; }

    /// <value>How many trials one call to <see cref="Study.OptimizeAsync"/> runs at a time, as Optuna's <c>n_jobs</c>. Above 1,
    /// each trial learns only from the trials numbered 2 × (this − 1) or more before its own, so that the same seed still
    /// gives the same trials. The default is 1.</value>
    public int TrialsSideBySide { get; init; } = 1;

    /// <value>The seed of every trial's random stream and the clock of time budgets and heartbeats. The default is the default seed on the system clock.</value>
    public CarbetContext Context { get; init; } = new();

    /// <summary>The grace period in force: the one set, else twice the interval; null when heartbeats are off.</summary>
    internal TimeSpan? StaleAfter => HeartbeatInterval is { } interval ? HeartbeatGracePeriod ?? 2 * interval : null;

    internal void Check()
    {
        if (TrialsSideBySide is < 1 or > 64)
            throw new UserErrorException($"{TrialsSideBySide} trials side by side were asked for.", "Run from 1 to 64 trials at a time; the number of cores is usual.");
        if (HeartbeatInterval is { } interval && interval <= TimeSpan.Zero)
            throw new UserErrorException($"The heartbeat interval is {interval}.", "Set a positive heartbeat interval, e.g. 30 seconds, or none to turn heartbeats off.");
        if (StaleAfter is { } grace && grace <= HeartbeatInterval)
            throw new UserErrorException($"The heartbeat grace period of {grace} is not longer than the interval of {HeartbeatInterval}, so live trials would be failed as stale.",
                "Set the grace period longer than the interval, or leave it unset for twice the interval.");
    }
}
