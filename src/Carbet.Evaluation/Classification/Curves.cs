using System.Runtime.InteropServices;

namespace Carbet.Evaluation.Classification;

/// <summary>The ROC and precision–recall curves and the statistics read off them, in one pass over the score runs.</summary>
internal sealed record Curves(RocCurve Roc, double Auc, PrecisionRecallCurve PrecisionRecall, double AveragePrecision, KsStatistic Ks)
{
    public static Curves Compute(RankedScores ranked, int positives, int negatives)
    {
        var runs = ranked.Runs;
        var positivesPerRun = ranked.PositivesPerRun();
        var fpr = new double[runs + 1];
        var tpr = new double[runs + 1];
        var thresholds = new double[runs + 1];
        var precision = new double[runs];
        var recall = new double[runs];
        thresholds[0] = ranked.Scores[^1] + 1;
        long tp = 0, fp = 0, doubledArea = 0;
        var averagePrecision = 0.0;
        var ks = new KsStatistic(0, thresholds[0], 0, 0);
        for (var k = 1; k <= runs; k++)
        {
            var run = runs - k;
            var size = ranked.RunStarts[run + 1] - ranked.RunStarts[run];
            var (tpNext, fpNext) = (tp + positivesPerRun[run], fp + size - positivesPerRun[run]);
            // integer trapezoids: exact, so the AUC does not depend on summation order
            doubledArea += (fpNext - fp) * (tpNext + tp);
            (tp, fp) = (tpNext, fpNext);
            thresholds[k] = ranked.Scores[ranked.RunStarts[run]];
            tpr[k] = (double)tp / positives;
            fpr[k] = (double)fp / negatives;
            precision[k - 1] = (double)tp / (tp + fp);
            recall[k - 1] = tpr[k];
            averagePrecision += (tpr[k] - tpr[k - 1]) * precision[k - 1];
            if (tpr[k] - fpr[k] > ks.Statistic)
                ks = new KsStatistic(tpr[k] - fpr[k], thresholds[k], tpr[k], fpr[k]);
        }
        var roc = new RocCurve(Wrap(fpr), Wrap(tpr), Wrap(thresholds));
        var pr = new PrecisionRecallCurve(Wrap(precision), Wrap(recall), Wrap(thresholds[1..]));
        var auc = doubledArea / (2.0 * positives * negatives);
        return new Curves(roc, auc, pr, averagePrecision, ks);
    }

    private static System.Collections.Immutable.ImmutableArray<double> Wrap(double[] values) =>
        ImmutableCollectionsMarshal.AsImmutableArray(values);
}
