using System.Collections.Immutable;

using Carbet.Evaluation.Classification;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Training;

namespace Carbet.Lifecycle.Demo;

/// <summary>Scores the demo model on its test rows: AUC with its DeLong interval, KS, Brier, and the decision threshold
/// chosen by the costs of carbet.yaml (else Youden's J).</summary>
internal static class DemoEvaluation
{
    public static (BinaryEvaluation Evaluation, ThresholdChoice Threshold, ImmutableSortedDictionary<string, double> Metrics) Evaluate(TrainedBinaryModel trained, ProjectFile project)
    {
        var evaluation = BinaryMetrics.Compute(trained.TestProbabilities.AsSpan(), trained.TestLabels.AsSpan(), new BinaryMetricsOptions());
        var chooser = new ThresholdChooser(evaluation);
        var threshold = project.Costs is { } costs ? chooser.MinimumExpectedCost(costs.FalseNegative, costs.FalsePositive) : chooser.YoudenJ();
        var metrics = new Dictionary<string, double>
        {
            ["test_ks"] = evaluation.KolmogorovSmirnov.Statistic,
            ["decision_threshold"] = threshold.Threshold,
            ["decision_tpr"] = threshold.TruePositiveRate,
            ["decision_fpr"] = threshold.FalsePositiveRate,
        };
        if (evaluation.Brier is { } brier)
            metrics["test_brier"] = brier;
        if (evaluation.DeLong is { } delong)
            (metrics["test_auc_ci_lower"], metrics["test_auc_ci_upper"]) = (delong.Lower, delong.Upper);
        return (evaluation, threshold, metrics.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }
}
