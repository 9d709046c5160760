using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Pruners;

/// <summary>Decides whether a running trial should stop early, from its intermediate values and those of other trials.</summary>
/// <remarks>Contract: stateless, so workers sharing a study through storage reach the same decision from the same history.</remarks>
public interface IPruner
{
    /// <summary>Whether <paramref name="trial"/>, at its last reported step, should stop.</summary>
    /// <param name="history">Every trial of the study, by number (the trial itself included).</param>
    /// <param name="trial">The running trial with its intermediate values so far.</param>
    /// <param name="direction">Whether smaller or larger values are better.</param>
    bool ShouldPrune(IReadOnlyList<TrialRecord> history, TrialRecord trial, StudyDirection direction);
}
