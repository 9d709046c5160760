namespace Carbet.Evaluation.Classification;

/// <summary>Metrics that read scores as probabilities: log loss, Brier and the calibration curve.</summary>
internal static class ProbabilityScores
{
    /// <summary>scikit-learn's clip, float64 machine epsilon.</summary>
    public const double Epsilon = 2.220446049250313e-16;

    public static double LogLoss(ReadOnlySpan<double> p, ReadOnlySpan<int> labels)
    {
        var sum = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            var clipped = Math.Clamp(p[i], Epsilon, 1 - Epsilon);
            sum -= labels[i] == 1 ? Math.Log(clipped) : Math.Log(1 - clipped);
        }
        return sum / p.Length;
    }

    public static double Brier(ReadOnlySpan<double> p, ReadOnlySpan<int> labels)
    {
        var sum = 0.0;
        for (var i = 0; i < p.Length; i++)
            sum += (p[i] - labels[i]) * (p[i] - labels[i]);
        return sum / p.Length;
    }

    /// <summary>Equal-width bins on [0, 1]; a score on an inner edge goes to the bin below, as scikit-learn's calibration_curve.</summary>
    public static List<CalibrationBin> Calibration(ReadOnlySpan<double> p, ReadOnlySpan<int> labels, int bins)
    {
        var width = 1.0 / bins;
        var (sums, positives, counts) = (new double[bins], new int[bins], new int[bins]);
        for (var i = 0; i < p.Length; i++)
        {
            var bin = Math.Min((int)(p[i] * bins), bins - 1);
            while (bin > 0 && p[i] <= bin * width)
                bin--;
            while (bin < bins - 1 && p[i] > (bin + 1) * width)
                bin++;
            sums[bin] += p[i];
            positives[bin] += labels[i];
            counts[bin]++;
        }
        var result = new List<CalibrationBin>();
        for (var b = 0; b < bins; b++)
        {
            if (counts[b] > 0)
            {
                var upper = b == bins - 1 ? 1.0 : (b + 1) * width;
                result.Add(new CalibrationBin(b * width, upper, sums[b] / counts[b], (double)positives[b] / counts[b], counts[b]));
            }
        }
        return result;
    }
}
