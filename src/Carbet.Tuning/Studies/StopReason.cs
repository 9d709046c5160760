namespace Carbet.Tuning.Studies;

/// <summary>Why a call to <see cref="Study.OptimizeAsync"/> returned.</summary>
public enum StopReason
{
    /// <summary>The study holds the budget's number of trials.</summary>
    MaxTrials,

    /// <summary>The time limit passed; no trial was started after it.</summary>
    TimeLimit,
}
