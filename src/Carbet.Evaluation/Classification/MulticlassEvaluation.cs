using System.Collections.Immutable;

namespace Carbet.Evaluation.Classification;

/// <summary>What <see cref="MulticlassMetrics.Compute"/> measures; the prediction is the most probable class, the first on a tie.</summary>
/// <param name="Accuracy">The share of rows predicted right.</param>
/// <param name="Confusion">C[i][j] = rows of true class i predicted j.</param>
/// <param name="Classes">Per-class precision, recall, F1, support and one-vs-rest AUC.</param>
/// <param name="PrecisionMacro">The unweighted mean of the per-class precisions.</param>
/// <param name="RecallMacro">The unweighted mean of the per-class recalls.</param>
/// <param name="F1Macro">The unweighted mean of the per-class F1 (not the F1 of macro P and R).</param>
/// <param name="F1Micro">F1 of the summed TP, FP and FN; equal to the accuracy for single-label data.</param>
/// <param name="F1Weighted">The per-class F1 weighted by support.</param>
/// <param name="RocAucOneVsRestMacro">The unweighted mean of the one-vs-rest AUCs.</param>
/// <param name="RocAucOneVsRestWeighted">The one-vs-rest AUCs weighted by support.</param>
/// <param name="RocAucOneVsOneMacro">Hand and Till's mean over class pairs of the averaged pairwise AUCs.</param>
/// <param name="LogLoss">−mean ln p(true class), probabilities clipped to [ε, 1 − ε] and rows renormalised.</param>
public sealed record MulticlassEvaluation(
    double Accuracy,
    ImmutableArray<ImmutableArray<long>> Confusion,
    IReadOnlyList<ClassMetrics> Classes,
    double PrecisionMacro,
    double RecallMacro,
    double F1Macro,
    double F1Micro,
    double F1Weighted,
    double RocAucOneVsRestMacro,
    double RocAucOneVsRestWeighted,
    double RocAucOneVsOneMacro,
    double LogLoss);
