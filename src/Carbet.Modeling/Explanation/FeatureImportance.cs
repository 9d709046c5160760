using System.Collections.Immutable;

namespace Carbet.Modeling.Explanation;

/// <summary>How much a held-out metric worsens when one input column's values are shuffled across rows.</summary>
/// <param name="Column">The input column, as in the data: a categorical column counts once, whatever its one-hot width.</param>
/// <param name="MeanDrop">How much worse the metric is with the column shuffled, averaged over the repeats: baseline minus
/// shuffled for a score (AUC, macro-F1), shuffled minus baseline for an error (RMSE). Positive means the model relies on it.</param>
/// <param name="StdDrop">The sample standard deviation of the drop over the repeats (0 with one repeat).</param>
/// <param name="Drops">The drop of each repeat, in repeat order.</param>
public sealed record FeatureImportance(string Column, double MeanDrop, double StdDrop, ImmutableArray<double> Drops);

/// <summary>Permutation importance of every input column of a model on held-out rows.</summary>
/// <param name="Metric">The metric whose drop is measured: <c>auc</c>, <c>macro_f1</c> or <c>rmse</c>.</param>
/// <param name="Baseline">The metric on the held-out rows, nothing shuffled.</param>
/// <param name="Rows">The number of held-out rows.</param>
/// <param name="Repeats">Shuffles per column.</param>
/// <param name="Features">Most important first; ties keep the column order of the request.</param>
public sealed record PermutationImportanceResult(string Metric, double Baseline, int Rows, int Repeats, ImmutableArray<FeatureImportance> Features);
