using System.Collections.Immutable;

using Carbet.Modeling.Families;
using Carbet.Tuning.Importance;
using Carbet.Tuning.Storage;
using Carbet.Tuning.Studies;

namespace Carbet.Lifecycle.Tuning;

/// <summary>What a tuning study found for one family: its best values and their cross-validated score, every trial and the importances.</summary>
/// <param name="Study">The study's name in the store.</param>
/// <param name="Family">The family tuned.</param>
/// <param name="Space">The family's hyperparameters, as the study searched them.</param>
/// <param name="Best">The best complete trial's values, every parameter of the family's space.</param>
/// <param name="BestValue">The best complete trial's mean cross-validated score.</param>
/// <param name="Trials">Every trial of the study, by number, including other workers'.</param>
/// <param name="Importance">Each hyperparameter's share of the variation of the objective, largest first.</param>
/// <param name="Run">How this call ended: trials run and why it stopped.</param>
public sealed record TuningOutcome(
    string Study,
    string Family,
    SearchSpace Space,
    HyperParameters Best,
    double BestValue,
    ImmutableArray<TrialRecord> Trials,
    ImmutableArray<ParameterImportance> Importance,
    OptimizeResult Run)
{
    /// <value>The score the study optimised, as shown to people: <c>AUC</c>, <c>macro-F1</c> or <c>RMSE</c>. The default is AUC.</value>
    public string Metric { get; init; } = "AUC";

    /// <value>Whether a larger score is better (AUC, macro-F1) or a smaller one (RMSE). The default is true.</value>
    public bool HigherIsBetter { get; init; } = true;

    /// <summary>The metric as part of a metric key, e.g. <c>auc</c>, <c>macro_f1</c>, <c>rmse</c>.</summary>
    public string MetricKey => Metric.ToLowerInvariant().Replace('-', '_');
}
