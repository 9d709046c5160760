namespace Carbet.Tuning.Storage;

/// <summary>Where a trial is in its life, as Optuna names the states.</summary>
public enum TrialState
{
    /// <summary>Queued with fixed parameters, not yet claimed by a worker.</summary>
    Waiting,

    /// <summary>Claimed by a worker and being evaluated.</summary>
    Running,

    /// <summary>Evaluated; its value counts.</summary>
    Complete,

    /// <summary>Stopped early by a pruner; its intermediate values count, its value does not.</summary>
    Pruned,

    /// <summary>The objective threw or gave no finite value; the reason is kept.</summary>
    Failed,
}
