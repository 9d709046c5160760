using Carbet.Core;
using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>Hand-computed cases: undefined rates, small and missing groups, calibration, the four-fifths flag and bad input.</summary>
public sealed class FairnessAuditTests
{
    private static readonly FairnessAuditOptions NoBootstrap = new() { BootstrapResamples = 0 };

    private static Disparity Metric(AttributeAudit audit, string name) => Assert.Single(audit.Disparities, d => d.Metric == name);

    [Fact]
    public void Run_GroupWithoutPositives_TprIsNaNLeftOutWithWarning()
    {
        // a: no positive; b: TPR 1/2, FPR 0; c: TPR 1, FPR 1/2
        var audit = FairnessAudit.Run("segment", [0.9, 0.1, 0.9, 0.1, 0.1, 0.9, 0.9, 0.1], [0, 0, 1, 1, 0, 1, 0, 0],
            ["a", "a", "b", "b", "b", "c", "c", "c"], 0.5, NoBootstrap);
        var a = audit.Groups[0];
        Assert.True(double.IsNaN(a.TruePositiveRate));
        Assert.Equal(0.5, a.FalsePositiveRate);
        Assert.Equal(0.5, Metric(audit, "equal_opportunity_difference").Value, 12);
        Assert.Equal(0.5, Metric(audit, "equal_opportunity_ratio").Value, 12);
        Assert.Equal(0.5, Metric(audit, "equalized_odds_difference").Value, 12);
        Assert.Equal(0.0, Metric(audit, "equalized_odds_ratio").Value, 12);
        Assert.Contains("Group 'a' has no positive row, so its true positive rate is undefined and it is left out of equal_opportunity_* and equalized_odds_*.",
            audit.Warnings);
    }

    [Fact]
    public void Run_TwoGroupsOneWithoutPositives_EqualOpportunityUndefined()
    {
        var audit = FairnessAudit.Run("segment", [0.9, 0.1, 0.9, 0.1], [0, 0, 1, 0], ["a", "a", "b", "b"], 0.5, NoBootstrap);
        Assert.True(double.IsNaN(Metric(audit, "equal_opportunity_difference").Value));
        Assert.True(double.IsNaN(Metric(audit, "equalized_odds_ratio").Value));
        Assert.Equal(0.0, Metric(audit, "demographic_parity_difference").Value);
        Assert.Contains("equal_opportunity_ratio is undefined: fewer than two groups define the rates it compares.", audit.Warnings);
    }

    [Fact]
    public void Run_SmallGroupsAndFewPositives_FlaggedNotConcluded()
    {
        var audit = FairnessAudit.Run("segment", [0.1, 0.2, 0.7, 0.8, 0.3], [0, 1, 0, 1, 0], ["a", "a", "b", "b", "b"], 0.5, NoBootstrap);
        Assert.All(audit.Groups, g => Assert.True(g.TooSmall));
        Assert.Contains("Group 'b' has 3 rows: too small to conclude.", audit.Warnings);
        Assert.Contains("Group 'a' has 1 positive rows (fewer than 10): its true positive rate is not concluded.", audit.Warnings);
        Assert.Contains("Group 'b' has 2 negative rows (fewer than 10): its false positive rate is not concluded.", audit.Warnings);
        Assert.True(double.IsNaN(audit.Groups[0].Precision));
        Assert.Contains("Group 'a' has no predicted positive row, so its precision is undefined.", audit.Warnings);
    }

    [Fact]
    public void Run_MissingValues_FormTheMissingGroupFirst()
    {
        var audit = FairnessAudit.Run("region", [0.9, 0.1, 0.9, 0.1, 0.6, 0.2], [1, 0, 1, 0, 1, 0], ["north", null, "south", null, "north", "south"], 0.5, NoBootstrap);
        Assert.Equal(["(missing)", "north", "south"], audit.Groups.Select(g => g.Group));
        Assert.Equal(2, audit.Groups[0].Count);
        Assert.Equal("2 rows have no value of 'region'; they form the group '(missing)'.", audit.Warnings[0]);
    }

    [Fact]
    public void Run_HandExample_CalibrationBinsAndExpectedError()
    {
        // a's bins: [0, 0.1] holds 0.05 (label 0); (0.1, 0.2] holds 0.15 and 0.2 on its upper edge (labels 0, 1); (0.9, 1] holds 0.95 (label 1).
        // ECE = 1/4 × 0.05 + 2/4 × |0.5 − 0.175| + 1/4 × 0.05 = 0.1875
        var audit = FairnessAudit.Run("segment", [0.05, 0.15, 0.2, 0.95, 0.6, 0.4], [0, 0, 1, 1, 1, 0], ["a", "a", "a", "a", "b", "b"], 0.5, NoBootstrap);
        var a = audit.Groups[0];
        Assert.Equal(3, a.Calibration.Length);
        Assert.Equal((0.0, 0.1, 1L, 0.05, 0.0), Tuple(a.Calibration[0]));
        Assert.Equal((0.1, 0.2, 2L, 0.175, 0.5), Tuple(a.Calibration[1]));
        Assert.Equal((0.9, 1.0, 1L, 0.95, 1.0), Tuple(a.Calibration[2]));
        Assert.Equal(0.1875, a.CalibrationError, 12);
        Assert.Equal(0.3375, a.MeanScore, 12);
    }

    private static (double, double, long, double, double) Tuple(GroupCalibrationBin b) =>
        (Math.Round(b.Low, 12), Math.Round(b.High, 12), b.Count, Math.Round(b.MeanScore, 12), Math.Round(b.ObservedRate, 12));

    [Fact]
    public void Run_SelectionRatioBelowFourFifths_RaisesFlag()
    {
        // a selects 1 of 2, b 2 of 2: ratio 0.5
        var audit = FairnessAudit.Run("segment", [0.9, 0.1, 0.9, 0.6], [1, 0, 1, 0], ["a", "a", "b", "b"], 0.5, NoBootstrap);
        Assert.Equal(0.5, Metric(audit, "demographic_parity_ratio").Value);
        Assert.True(audit.FourFifthsFlag);
        Assert.False(FairnessAudit.Run("segment", [0.9, 0.1, 0.9, 0.6], [1, 0, 1, 0], ["a", "a", "b", "b"], 0.5,
            NoBootstrap with { FourFifths = 0.5 }).FourFifthsFlag);
    }

    public static TheoryData<double[], int[], string?[], string> BadInputs => new()
    {
        { [0.1, 0.9], [0, 1, 1], ["a", "b", "b"], "There are 2 scores, 3 labels and 3 group values." },
        { [0.1, 0.9], [0, 1], ["a"], "There are 2 scores, 2 labels and 1 group values." },
        { [], [], [], "There are no rows to audit." },
        { [0.1, 1.5], [0, 1], ["a", "b"], "Row 1 has score 1.5, which is not a probability in [0, 1]." },
        { [double.NaN, 0.5], [0, 1], ["a", "b"], "Row 0 has score NaN, which is not a probability in [0, 1]." },
        { [0.1, 0.5], [0, 2], ["a", "b"], "Row 1 has label 2, but a binary label must be 0 or 1." },
        { [0.1, 0.5], [0, 1], ["a", "a"], "Every row is in the group 'a', so there is nothing to compare it with." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Run_BadInput_ThrowsUserErrorNamingTheProblem(double[] scores, int[] labels, string?[] groups, string message)
    {
        var error = Assert.Throws<UserErrorException>(() => FairnessAudit.Run("segment", scores, labels, groups, 0.5, NoBootstrap));
        Assert.Equal(message, error.Message);
        Assert.NotEmpty(error.Fix);
    }

    [Fact]
    public void Run_OptionOutOfRange_ThrowsUserError()
    {
        var error = Assert.Throws<UserErrorException>(() => FairnessAudit.Run("segment", [0.1, 0.9], [0, 1], ["a", "b"], 0.5,
            new FairnessAuditOptions { Confidence = 1.5 }));
        Assert.Equal("Confidence is 1.5, but it must lie strictly between 0 and 1.", error.Message);
    }
}
