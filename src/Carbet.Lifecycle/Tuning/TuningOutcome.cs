using System.Collections.Immutable;

using Carbet.Modeling.Families;
using Carbet.Tuning.Importance;
using Carbet.Tuning.Storage;
using Carbet.Tuning.Studies;

namespace Carbet.Lifecycle.Tuning;

/// <summary>What a tuning study found for one family: its best values, their cross-validation, every trial and the importances.</summary>
/// <param name="Study">The study's name in the store.</param>
/// <param name="Best">The best complete trial's values, every parameter of the family's space.</param>
/// <param name="BestCv">The cross-validation of <paramref name="Best"/>, fold by fold.</param>
/// <param name="Trials">Every trial of the study, by number, including other workers'.</param>
/// <param name="Importance">Each hyperparameter's share of the variation of the objective, largest first.</param>
/// <param name="Run">How this call ended: trials run and why it stopped.</param>
public sealed record TuningOutcome(
    string Study,
    string Family,
    HyperParameters Best,
    CrossValidationResult BestCv,
    ImmutableArray<TrialRecord> Trials,
    ImmutableArray<ParameterImportance> Importance,
    OptimizeResult Run);
