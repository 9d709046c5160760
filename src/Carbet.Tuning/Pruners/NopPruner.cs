using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Pruners;

/// <summary>Never prunes: every trial runs to the end.</summary>
public sealed class NopPruner : IPruner
{
    /// <inheritdoc/>
    public bool ShouldPrune(IReadOnlyList<TrialRecord> history, TrialRecord trial, StudyDirection direction) => false;
}
