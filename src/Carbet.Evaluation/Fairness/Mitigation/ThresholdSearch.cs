namespace Carbet.Evaluation.Fairness;

/// <summary>Searches one group's candidate thresholds for the one whose rate comes closest to a target.</summary>
/// <remarks>Candidates are the group's distinct scores and one threshold above its maximum. Ties on the gap go to the lower expected
/// cost when costs are given, else to the higher accuracy, then to the threshold nearest the original, then to the higher one.</remarks>
internal static class ThresholdSearch
{
    // gaps of mathematically equal size can differ in the last bits
    private const double Tolerance = 1e-12;

    /// <param name="scores">The group's scores, highest first.</param>
    /// <param name="labels">The group's labels, in the order of <paramref name="scores"/>.</param>
    /// <param name="original">The single threshold the search starts from.</param>
    /// <param name="target">The overall rate to come close to.</param>
    /// <param name="criterion">Which rate: the true positive rate or the selection rate.</param>
    /// <param name="costs">The costs of errors, or null to break ties by accuracy.</param>
    public static double Best(double[] scores, int[] labels, double original, double target, FairnessCriterion criterion, DecisionCosts? costs)
    {
        var (n, positives) = (scores.Length, labels.Sum());
        var negatives = n - positives;
        Candidate Cut(double threshold, long tp, long fp)
        {
            var rate = criterion == FairnessCriterion.EqualOpportunity ? (double)tp / positives : (double)(tp + fp) / n;
            var cost = costs?.Of(positives - tp, fp) ?? 0;
            return new Candidate(threshold, Math.Abs(rate - target), cost, tp + negatives - fp, Math.Abs(threshold - original));
        }

        // a candidate that decides every row of the group as the original threshold does reports the original threshold
        var best = Cut(scores[0] < original ? original : Math.BitIncrement(scores[0]), 0, 0);
        var (i, tpSoFar, fpSoFar) = (0, 0L, 0L);
        while (i < n)
        {
            var score = scores[i];
            for (; i < n && scores[i] == score; i++)
                (tpSoFar, fpSoFar) = labels[i] == 1 ? (tpSoFar + 1, fpSoFar) : (tpSoFar, fpSoFar + 1);
            var sameAsOriginal = score >= original && (i == n || scores[i] < original);
            var candidate = Cut(sameAsOriginal ? original : score, tpSoFar, fpSoFar);
            if (IsBetter(candidate, best, costs is not null))
                best = candidate;
        }
        return best.Threshold;
    }

    private static bool IsBetter(Candidate a, Candidate b, bool byCost)
    {
        if (Math.Abs(a.Gap - b.Gap) > Tolerance)
            return a.Gap < b.Gap;
        if (byCost && Math.Abs(a.Cost - b.Cost) > Tolerance * Math.Max(1, Math.Abs(b.Cost)))
            return a.Cost < b.Cost;
        if (!byCost && a.Correct != b.Correct)
            return a.Correct > b.Correct;
        if (a.Distance != b.Distance)
            return a.Distance < b.Distance;
        return a.Threshold > b.Threshold;
    }

    private readonly record struct Candidate(double Threshold, double Gap, double Cost, long Correct, double Distance);
}
