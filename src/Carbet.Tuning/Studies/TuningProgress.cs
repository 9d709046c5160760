using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Studies;

/// <summary>Reported after each trial a worker finishes.</summary>
/// <param name="Trial">The trial just finished.</param>
/// <param name="TrialsRun">Trials this call has run so far.</param>
/// <param name="MaxTrials">The budget's number of trials in the study, or null.</param>
/// <param name="BestValue">The best complete value of the study so far, or null.</param>
public sealed record TuningProgress(TrialRecord Trial, int TrialsRun, int? MaxTrials, double? BestValue);
