using Carbet.Evaluation.Classification;

namespace Carbet.Evaluation.Tests.Classification;

/// <summary>Multiclass metrics on out-of-fold wine probabilities against scikit-learn (multiclass-metrics.json).</summary>
public sealed class MulticlassGoldenTests
{
    [Fact]
    public void Compute_WineProbabilities_MatchScikitLearn()
    {
        var csv = Golden.Csv("multiclass-scores.csv");
        var (p0, p1, p2) = (Golden.Doubles(csv["p_0"]), Golden.Doubles(csv["p_1"]), Golden.Doubles(csv["p_2"]));
        var probabilities = Enumerable.Range(0, p0.Length).SelectMany(i => new[] { p0[i], p1[i], p2[i] }).ToArray();
        var result = MulticlassMetrics.Compute(probabilities, Golden.Ints(csv["y_true"]), 3);
        var golden = Golden.Json("multiclass-metrics.json");

        var matrix = golden.GetProperty("confusion_matrix").GetProperty("matrix");
        for (var i = 0; i < 3; i++)
            Assert.Equal(matrix[i].EnumerateArray().Select(v => v.GetInt64()), result.Confusion[i]);
        foreach (var c in result.Classes)
        {
            var expected = golden.GetProperty("per_class").GetProperty(c.Class.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Golden.Close(expected, "precision", c.Precision);
            Golden.Close(expected, "recall", c.Recall);
            Golden.Close(expected, "f1", c.F1);
            Golden.Close(expected, "roc_auc_ovr", c.RocAucOneVsRest);
            Assert.Equal(expected.GetProperty("support").GetInt64(), c.Support);
        }
        Golden.Close(golden, "accuracy", result.Accuracy);
        Golden.Close(golden, "f1_macro", result.F1Macro);
        Golden.Close(golden, "f1_micro", result.F1Micro);
        Golden.Close(golden, "f1_weighted", result.F1Weighted);
        Golden.Close(golden, "precision_macro", result.PrecisionMacro);
        Golden.Close(golden, "recall_macro", result.RecallMacro);
        Golden.Close(golden, "roc_auc_ovr_macro", result.RocAucOneVsRestMacro);
        Golden.Close(golden, "roc_auc_ovr_weighted", result.RocAucOneVsRestWeighted);
        Golden.Close(golden, "roc_auc_ovo_macro", result.RocAucOneVsOneMacro);
        Golden.Close(golden, "log_loss", result.LogLoss);
    }
}
