namespace Carbet.Evaluation.Classification;

/// <summary>Lift and cumulative gain for equal-size groups of rows by descending score.</summary>
internal static class Gains
{
    public static List<GainGroup> Compute(RankedScores ranked, int positives, int groups)
    {
        var n = ranked.Labels.Length;
        var baseRate = (double)positives / n;
        var result = new List<GainGroup>(groups);
        int taken = 0, capturedPositives = 0;
        for (var g = 0; g < groups; g++)
        {
            // long: g·n overflows int past about 200 million rows
            var end = (int)((long)(g + 1) * n / groups);
            var count = end - taken;
            if (count == 0)
                continue;
            var groupPositives = 0;
            for (var j = taken; j < end; j++)
                groupPositives += ranked.Labels[n - 1 - j];
            taken = end;
            capturedPositives += groupPositives;
            var share = (double)taken / n;
            var gain = (double)capturedPositives / positives;
            result.Add(new GainGroup(g + 1, count, groupPositives, (double)groupPositives / count / baseRate, share, gain, gain / share));
        }
        return result;
    }
}
