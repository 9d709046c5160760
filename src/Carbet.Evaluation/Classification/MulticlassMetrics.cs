using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Classification;

/// <summary>Computes multiclass metrics from predicted class probabilities and true class indices.</summary>
public static class MulticlassMetrics
{
    /// <summary>Evaluates class probabilities against true classes.</summary>
    /// <param name="probabilities">Row-major n × <paramref name="classCount"/> probabilities: row i, class k at i·classCount + k.</param>
    /// <param name="labels">The true class of each row, 0 to classCount − 1.</param>
    /// <param name="classCount">The number of classes, at least 2.</param>
    /// <returns>Accuracy, confusion matrix, per-class and averaged P/R/F1, one-vs-rest and one-vs-one AUC, log loss.</returns>
    /// <exception cref="UserErrorException">The shapes disagree, a probability is not in [0, 1], a label is out of range,
    /// or a class has no rows.</exception>
    public static MulticlassEvaluation Compute(ReadOnlySpan<double> probabilities, ReadOnlySpan<int> labels, int classCount)
    {
        MulticlassInput.Validate(probabilities, labels, classCount);
        var n = labels.Length;
        var confusion = new long[classCount, classCount];
        for (var i = 0; i < n; i++)
            confusion[labels[i], ArgMax(probabilities.Slice(i * classCount, classCount))]++;
        var classes = new List<ClassMetrics>(classCount);
        long correct = 0;
        for (var k = 0; k < classCount; k++)
        {
            long predicted = 0, support = 0;
            for (var j = 0; j < classCount; j++)
                (predicted, support) = (predicted + confusion[j, k], support + confusion[k, j]);
            var tp = confusion[k, k];
            correct += tp;
            var (precision, recall) = (Ratio(tp, predicted), Ratio(tp, support));
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes.Add(new ClassMetrics(k, precision, recall, f1, support, OneVsRest(probabilities, labels, classCount, k)));
        }
        var accuracy = (double)correct / n;
        return new MulticlassEvaluation(
            accuracy,
            [.. Enumerable.Range(0, classCount).Select(i => Enumerable.Range(0, classCount).Select(j => confusion[i, j]).ToImmutableArray())],
            classes,
            classes.Average(c => c.Precision),
            classes.Average(c => c.Recall),
            classes.Average(c => c.F1),
            accuracy,
            classes.Sum(c => c.Support * c.F1) / n,
            classes.Average(c => c.RocAucOneVsRest),
            classes.Sum(c => c.Support * c.RocAucOneVsRest) / n,
            OneVsOne(probabilities, labels, classCount),
            LogLoss(probabilities, labels, classCount));
    }

    private static int ArgMax(ReadOnlySpan<double> row)
    {
        var best = 0;
        for (var k = 1; k < row.Length; k++)
        {
            if (row[k] > row[best])
                best = k;
        }
        return best;
    }

    private static double OneVsRest(ReadOnlySpan<double> probabilities, ReadOnlySpan<int> labels, int classCount, int k)
    {
        var (scores, binary) = (new double[labels.Length], new int[labels.Length]);
        for (var i = 0; i < labels.Length; i++)
            (scores[i], binary[i]) = (probabilities[(i * classCount) + k], labels[i] == k ? 1 : 0);
        return Auc(scores, binary);
    }

    private static double OneVsOne(ReadOnlySpan<double> probabilities, ReadOnlySpan<int> labels, int classCount)
    {
        var (sum, pairs) = (0.0, 0);
        for (var a = 0; a < classCount; a++)
        {
            for (var b = a + 1; b < classCount; b++)
            {
                var (scoresA, scoresB, isA) = (new List<double>(), new List<double>(), new List<int>());
                for (var i = 0; i < labels.Length; i++)
                {
                    if (labels[i] != a && labels[i] != b)
                        continue;
                    scoresA.Add(probabilities[(i * classCount) + a]);
                    scoresB.Add(probabilities[(i * classCount) + b]);
                    isA.Add(labels[i] == a ? 1 : 0);
                }
                var isB = isA.Select(x => 1 - x).ToArray();
                sum += (Auc([.. scoresA], [.. isA]) + Auc([.. scoresB], isB)) / 2;
                pairs++;
            }
        }
        return sum / pairs;
    }

    private static double Auc(double[] scores, int[] labels)
    {
        var (positives, negatives) = BinaryInput.Validate(scores, labels);
        return Curves.Compute(RankedScores.Sort(scores, labels), positives, negatives).Auc;
    }

    private static double LogLoss(ReadOnlySpan<double> probabilities, ReadOnlySpan<int> labels, int classCount)
    {
        var loss = 0.0;
        for (var i = 0; i < labels.Length; i++)
        {
            var row = probabilities.Slice(i * classCount, classCount);
            var total = 0.0;
            foreach (var p in row)
                total += Math.Clamp(p, ProbabilityScores.Epsilon, 1 - ProbabilityScores.Epsilon);
            loss -= Math.Log(Math.Clamp(row[labels[i]], ProbabilityScores.Epsilon, 1 - ProbabilityScores.Epsilon) / total);
        }
        return loss / labels.Length;
    }

    private static double Ratio(long a, long b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>Checks the shapes and values of a multiclass evaluation's inputs.</summary>
file static class MulticlassInput
{
    public static void Validate(ReadOnlySpan<double> probabilities, ReadOnlySpan<int> labels, int classCount)
    {
        if (classCount < 2)
            throw new UserErrorException(Invariant($"A multiclass evaluation needs at least 2 classes, not {classCount}."), "Pass the number of classes the model predicts.");
        if (labels.Length == 0)
            throw new UserErrorException("There are no rows to evaluate.", "Evaluate on a data set with rows of every class.");
        if (probabilities.Length != (long)labels.Length * classCount)
        {
            throw new UserErrorException(
                Invariant($"There are {probabilities.Length} probabilities for {labels.Length} labels and {classCount} classes."),
                "Pass one probability per class for each row, row after row.");
        }
        BinaryInput.CheckFinite(probabilities);
        BinaryInput.CheckProbabilities(probabilities, "Pass the model's class probabilities, not raw scores or logits.");
        var counts = new int[classCount];
        for (var i = 0; i < labels.Length; i++)
        {
            if ((uint)labels[i] >= (uint)classCount)
                throw new UserErrorException(Invariant($"Row {i} has class {labels[i]}, outside 0 to {classCount - 1}."), "Encode the classes as 0, 1, 2, … in the order of the probability columns.");
            counts[labels[i]]++;
        }
        var missing = Array.IndexOf(counts, 0);
        if (missing >= 0)
            throw new UserErrorException(Invariant($"Class {missing} has no rows, so its recall and one-vs-rest AUC are undefined."), "Evaluate on rows that hold every class, for example with a stratified split.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
