using System.Collections.Immutable;

using Microsoft.ML.Data;

namespace Carbet.Modeling.Families;

/// <summary>ML.NET's test metrics under the keys every trainer records (<c>test_auc</c>, <c>test_log_loss</c>, ...).</summary>
internal static class FamilyMetrics
{
    public static ImmutableSortedDictionary<string, double> ToDictionary(CalibratedBinaryClassificationMetrics m) =>
        new Dictionary<string, double>
        {
            ["test_auc"] = m.AreaUnderRocCurve,
            ["test_average_precision"] = m.AreaUnderPrecisionRecallCurve,
            ["test_log_loss"] = m.LogLoss,
            ["test_accuracy"] = m.Accuracy,
            ["test_f1"] = m.F1Score,
            ["test_precision"] = m.PositivePrecision,
            ["test_recall"] = m.PositiveRecall,
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
