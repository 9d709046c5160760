using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Classification;

/// <summary>DeLong's variance of the ROC AUC (fast DeLong of Sun and Xu, 2014), for one model or a pair.</summary>
public static class DeLong
{
    /// <summary>Tests whether two models' AUCs on the same rows and labels differ, with their paired covariance.</summary>
    /// <param name="scoresA">The first model's scores, one per row.</param>
    /// <param name="scoresB">The second model's scores, for the same rows in the same order.</param>
    /// <param name="labels">The 0/1 labels of the rows.</param>
    /// <returns>The difference A − B, its standard error, z and the two-sided p-value.</returns>
    /// <exception cref="UserErrorException">The inputs differ in length, hold a non-finite score or a label other than 0/1,
    /// or have fewer than two rows of a class.</exception>
    public static PairedAucTest PairedTest(ReadOnlySpan<double> scoresA, ReadOnlySpan<double> scoresB, ReadOnlySpan<int> labels)
    {
        var (m, n) = BinaryInput.Validate(scoresA, labels);
        BinaryInput.Validate(scoresB, labels);
        RequireTwoPerClass(m, n);
        var a = Placements.Compute(RankedScores.Sort(scoresA, labels), labels, m, n);
        var b = Placements.Compute(RankedScores.Sort(scoresB, labels), labels, m, n);
        var variance = ((Placements.Covariance(a.V10, a.V10) + Placements.Covariance(b.V10, b.V10)
                - (2 * Placements.Covariance(a.V10, b.V10))) / m)
            + ((Placements.Covariance(a.V01, a.V01) + Placements.Covariance(b.V01, b.V01)
                - (2 * Placements.Covariance(a.V01, b.V01))) / n);
        var difference = a.Auc - b.Auc;
        var se = Math.Sqrt(Math.Max(variance, 0));
        var z = difference == 0 ? 0 : difference / se;
        return new PairedAucTest(a.Auc, b.Auc, difference, se, z, Normal.TwoSidedPValue(z));
    }

    internal static AucInterval Interval(Placements placements)
    {
        var (m, n) = (placements.V10.Length, placements.V01.Length);
        var s10 = Placements.Covariance(placements.V10, placements.V10);
        var s01 = Placements.Covariance(placements.V01, placements.V01);
        var variance = (s10 / m) + (s01 / n);
        var se = Math.Sqrt(variance);
        var auc = placements.Auc;
        return new AucInterval(auc, variance, se, auc - (Normal.Z975 * se), auc + (Normal.Z975 * se), s10, s01);
    }

    private static void RequireTwoPerClass(int m, int n)
    {
        if (m < 2 || n < 2)
        {
            throw new UserErrorException(
                string.Create(CultureInfo.InvariantCulture, $"There are {m} positive and {n} negative rows; DeLong's variance needs at least two of each."),
                "Compare the models on a larger evaluation set.");
        }
    }
}
