using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Studies;

/// <summary>What one call to <see cref="Study.OptimizeAsync"/> did.</summary>
/// <param name="TrialsRun">Trials this call ran (any final state).</param>
/// <param name="Reason">Why it stopped.</param>
/// <param name="Best">The best complete trial of the whole study, or null when none completed.</param>
/// <param name="Note">A remark for the user, e.g. that the time limit ended during the first trial; null when none.</param>
/// <param name="StaleTrialsFailed">Running trials of other workers (or earlier runs) that this call failed because their
/// heartbeats stopped: their worker died.</param>
public sealed record OptimizeResult(int TrialsRun, StopReason Reason, TrialRecord? Best, string? Note, int StaleTrialsFailed = 0);
