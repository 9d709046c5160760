using System.Collections.Immutable;

namespace Carbet.Modeling.Explanation;

/// <summary>How much the held-out AUC falls when one input column's values are shuffled across rows.</summary>
/// <param name="Column">The input column, as in the data: a categorical column counts once, whatever its one-hot width.</param>
/// <param name="MeanAucDrop">Baseline AUC minus the AUC with the column shuffled, averaged over the repeats.</param>
/// <param name="StdAucDrop">The sample standard deviation of the drop over the repeats (0 with one repeat).</param>
/// <param name="Drops">The drop of each repeat, in repeat order.</param>
public sealed record FeatureImportance(string Column, double MeanAucDrop, double StdAucDrop, ImmutableArray<double> Drops);

/// <summary>Permutation importance of every input column of a model on held-out rows.</summary>
/// <param name="BaselineAuc">The AUC on the held-out rows, nothing shuffled.</param>
/// <param name="Rows">The number of held-out rows.</param>
/// <param name="Repeats">Shuffles per column.</param>
/// <param name="Features">Most important first; ties keep the column order of the request.</param>
public sealed record PermutationImportanceResult(double BaselineAuc, int Rows, int Repeats, ImmutableArray<FeatureImportance> Features);
