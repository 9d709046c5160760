using Carbet.Core;

namespace Carbet.Tuning.Studies;

/// <summary>When a call to <see cref="Study.OptimizeAsync"/> stops: a number of trials, a time limit, or both (whichever comes first).</summary>
/// <param name="MaxTrials">Trials the study may hold in all, counted across every worker and earlier run; null for no limit.</param>
/// <param name="TimeLimit">Wall time after which this call starts no new trial (a running one finishes); null for no limit.</param>
public sealed record StudyBudget(int? MaxTrials = null, TimeSpan? TimeLimit = null)
{
    /// <summary>A budget of <paramref name="maxTrials"/> trials in the study.</summary>
    public static StudyBudget Trials(int maxTrials) => new(maxTrials);

    /// <summary>A budget of <paramref name="limit"/> wall time.</summary>
    public static StudyBudget Time(TimeSpan limit) => new(null, limit);

    internal void Check()
    {
        if (MaxTrials is null && TimeLimit is null)
            throw new UserErrorException("The tuning budget sets neither a number of trials nor a time limit.", "Set the number of trials, a time limit, or both.");
        if (MaxTrials is < 1)
            throw new UserErrorException($"The tuning budget allows {MaxTrials} trials.", "Set the number of trials to 1 or more.");
        if (TimeLimit is { } limit && limit <= TimeSpan.Zero)
            throw new UserErrorException($"The tuning time limit is {limit}, too short for even one trial.", "Set a positive time limit, longer than one trial takes.");
    }
}
