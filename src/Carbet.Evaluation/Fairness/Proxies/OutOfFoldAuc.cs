using Carbet.Evaluation.Classification;

namespace Carbet.Evaluation.Fairness;

/// <summary>The AUC of a one-feature model scored out of fold: for each fold, P(group | category) from the other folds'
/// counts with Laplace smoothing, (count + 1) / (category rows + groups).</summary>
internal static class OutOfFoldAuc
{
    public static double Compute(FeatureCategories categories, int[] groups, int groupCount, int[] folds, int foldCount)
    {
        var probabilities = FoldProbabilities(categories, groups, groupCount, folds, foldCount);
        var rows = groups.Length;
        var scores = new double[rows];
        var labels = new int[rows];
        if (groupCount == 2)
            return OneVsRest(1).Auc;
        // scikit-learn's multi_class='ovr', average='weighted': each group's AUC weighted by its rows
        var weighted = 0.0;
        for (var g = 0; g < groupCount; g++)
        {
            var (auc, positives) = OneVsRest(g);
            weighted += auc * positives;
        }
        return weighted / rows;

        (double Auc, int Positives) OneVsRest(int group)
        {
            var positives = 0;
            for (var i = 0; i < rows; i++)
            {
                scores[i] = probabilities[(((folds[i] * categories.Count) + categories.Codes[i]) * groupCount) + group];
                labels[i] = groups[i] == group ? 1 : 0;
                positives += labels[i];
            }
            return (Curves.Compute(RankedScores.Sort(scores, labels), positives, rows - positives).Auc, positives);
        }
    }

    /// <summary>P(group | category) for the rows of each fold, at [(fold × categories + category) × groups + group].</summary>
    private static double[] FoldProbabilities(FeatureCategories categories, int[] groups, int groupCount, int[] folds, int foldCount)
    {
        var k = categories.Count;
        var total = new int[k * groupCount];
        var held = new int[foldCount * k * groupCount];
        for (var i = 0; i < groups.Length; i++)
        {
            var cell = (categories.Codes[i] * groupCount) + groups[i];
            total[cell]++;
            held[(folds[i] * k * groupCount) + cell]++;
        }
        var probabilities = new double[held.Length];
        for (var f = 0; f < foldCount; f++)
        {
            for (var c = 0; c < k; c++)
            {
                var (start, trainRows) = (((f * k) + c) * groupCount, 0);
                for (var g = 0; g < groupCount; g++)
                    trainRows += total[(c * groupCount) + g] - held[start + g];
                for (var g = 0; g < groupCount; g++)
                    probabilities[start + g] = (total[(c * groupCount) + g] - held[start + g] + 1.0) / (trainRows + groupCount);
            }
        }
        return probabilities;
    }
}
