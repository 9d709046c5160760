namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>Two groups of equal size and base rate 1/2 whose scores are alike except that group b's sit 0.2 lower.</summary>
internal static class ShiftedScores
{
    public static (double[] Scores, int[] Labels, string?[] Groups) Create(int rows)
    {
        var (scores, labels, groups) = (new double[rows], new int[rows], new string?[rows]);
        for (var i = 0; i < rows; i++)
        {
            labels[i] = i % 2;
            groups[i] = i / 2 % 2 == 0 ? "a" : "b";
            // the golden-ratio sequence spreads evenly over [0, 1) in every residue class, with no seed to manage
            var spread = (i * 0.6180339887498949) % 1;
            var shift = groups[i] == "b" ? 0.2 : 0;
            scores[i] = Math.Clamp(0.25 + (0.3 * labels[i]) + (0.4 * (spread - 0.5)) - shift, 0, 1);
        }
        return (scores, labels, groups);
    }
}
