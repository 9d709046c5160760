using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>The bootstrap intervals: seeded, covering the estimate, as wide as the normal approximation says, and fast.</summary>
public sealed class FairnessAuditBootstrapTests
{
    /// <summary>Rows cycling through groups; within a group, every tenth row in <paramref name="selectedOfTen"/> is selected
    /// and every other row is positive.</summary>
    private static (double[] Scores, int[] Labels, string[] Groups) Synthetic(int rows, int groups, Func<int, int> selectedOfTen)
    {
        var (scores, labels, names) = (new double[rows], new int[rows], new string[rows]);
        for (var i = 0; i < rows; i++)
        {
            var (group, within) = (i % groups, i / groups);
            names[i] = "g" + group;
            labels[i] = within % 2;
            scores[i] = (within / 2 % 10) < selectedOfTen(group) ? 0.8 : 0.2;
        }
        return (scores, labels, names);
    }

    private static AttributeAudit Run((double[] Scores, int[] Labels, string[] Groups) data, FairnessAuditOptions options) =>
        FairnessAudit.Run("segment", data.Scores, data.Labels, data.Groups, 0.5, options);

    [Fact]
    public void Run_SameSeed_IdenticalIntervals_OtherSeed_Different()
    {
        var data = Synthetic(3000, 3, g => 3 + g);
        var first = Run(data, new FairnessAuditOptions { BootstrapResamples = 300, Seed = 7 });
        var again = Run(data, new FairnessAuditOptions { BootstrapResamples = 300, Seed = 7 });
        var other = Run(data, new FairnessAuditOptions { BootstrapResamples = 300, Seed = 8 });
        Assert.Equal(first.Groups.Select(g => g.SelectionRateInterval), again.Groups.Select(g => g.SelectionRateInterval));
        Assert.Equal(first.Disparities.Select(d => d.Interval), again.Disparities.Select(d => d.Interval));
        Assert.NotEqual(first.Disparities.Select(d => d.Interval), other.Disparities.Select(d => d.Interval));
    }

    [Fact]
    public void Run_Bootstrap_IntervalsCoverThePointEstimates()
    {
        var audit = Run(Synthetic(3000, 3, g => 3 + g), new FairnessAuditOptions { BootstrapResamples = 500 });
        foreach (var g in audit.Groups)
        {
            Covers(g.SelectionRateInterval, g.SelectionRate);
            Covers(g.TruePositiveRateInterval, g.TruePositiveRate);
            Covers(g.FalsePositiveRateInterval, g.FalsePositiveRate);
        }
        foreach (var d in audit.Disparities)
            Covers(d.Interval, d.Value);
        Assert.Empty(audit.Warnings);
    }

    private static void Covers(Interval? interval, double value)
    {
        Assert.NotNull(interval);
        Assert.InRange(value, interval.Value.Low, interval.Value.High);
    }

    [Fact]
    public void Run_LargeSample_SelectionIntervalWidthMatchesNormalApproximation()
    {
        // 20,000 rows per group, selection rate 0.3: the 95% width is close to 2 × 1.96 × sqrt(p(1 − p)/n)
        var audit = Run(Synthetic(40_000, 2, _ => 3), new FairnessAuditOptions { BootstrapResamples = 2000, Seed = 3 });
        var group = audit.Groups[0];
        Assert.Equal(0.3, group.SelectionRate, 12);
        var expected = 2 * 1.96 * Math.Sqrt(0.3 * 0.7 / 20_000);
        var width = group.SelectionRateInterval!.Value.High - group.SelectionRateInterval.Value.Low;
        Assert.InRange(width / expected, 0.85, 1.15);
    }

    [Fact]
    public void Run_DisparityRarelyDefinedInResamples_NoIntervalAndWarning()
    {
        // Each group has one positive row among 400, which a resample misses with probability (1 − 1/800)^800 ≈ 0.37: each TPR
        // is defined in ~63% of resamples, the TPR spread (needing both positives) in only ~40%.
        var scores = Enumerable.Range(0, 800).Select(i => i % 3 == 0 ? 0.8 : 0.2).ToArray();
        var labels = Enumerable.Range(0, 800).Select(i => i % 400 == 0 ? 1 : 0).ToArray();
        var groups = Enumerable.Range(0, 800).Select(i => i < 400 ? "a" : "b").ToArray();
        var audit = FairnessAudit.Run("segment", scores, labels, groups, 0.5, new FairnessAuditOptions { BootstrapResamples = 400 });
        Assert.All(audit.Groups, g => Assert.NotNull(g.TruePositiveRateInterval));
        var opportunity = Assert.Single(audit.Disparities, d => d.Metric == "equal_opportunity_difference");
        Assert.False(double.IsNaN(opportunity.Value));
        Assert.Null(opportunity.Interval);
        Assert.Contains(audit.Warnings, w => w.StartsWith("Only ", StringComparison.Ordinal)
            && w.EndsWith(" of 400 bootstrap resamples define equal_opportunity_difference, fewer than half, so it has no interval.", StringComparison.Ordinal));
        Assert.NotNull(Assert.Single(audit.Disparities, d => d.Metric == "demographic_parity_difference").Interval);
    }
}
