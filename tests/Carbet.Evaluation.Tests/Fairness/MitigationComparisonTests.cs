using Carbet.Core;
using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>The trade-off table: its rows, the "none" row against the audit, and a decision rule evaluated by hand.</summary>
public sealed class MitigationComparisonTests
{
    private static readonly FairnessAuditOptions NoBootstrap = new() { BootstrapResamples = 0 };

    private static double Disparity(AttributeAudit audit, string metric) => Assert.Single(audit.Disparities, d => d.Metric == metric).Value;

    [Fact]
    public void Compare_ShiftedScores_NoneRowIsTheAuditAtTheSameThreshold()
    {
        var (scores, labels, groups) = ShiftedScores.Create(2000);
        var audit = FairnessAudit.Run("group", scores, labels, groups, 0.5, NoBootstrap);
        var table = MitigationComparison.Compare(scores, labels, groups, 0.5, null, null, NoBootstrap);

        Assert.Equal(["none", "equal opportunity thresholds", "demographic parity thresholds"], table.Select(o => o.Name));
        var none = table[0];
        Assert.Null(none.Thresholds);
        Assert.Equal(Disparity(audit, "demographic_parity_difference"), none.DemographicParityDifference);
        Assert.Equal(Disparity(audit, "demographic_parity_ratio"), none.DemographicParityRatio);
        Assert.Equal(Disparity(audit, "equal_opportunity_difference"), none.EqualOpportunityDifference);
        Assert.Equal(Disparity(audit, "equalized_odds_difference"), none.EqualizedOddsDifference);
        var correct = audit.Groups.Sum(g => g.TruePositives + g.TrueNegatives);
        Assert.Equal((double)correct / scores.Length, none.Accuracy);
        Assert.Equal("One threshold, 0.5, for every group.", none.Description);
    }

    [Fact]
    public void Compare_ShiftedScores_EachMitigationLowersItsOwnDisparity()
    {
        var (scores, labels, groups) = ShiftedScores.Create(2000);
        var table = MitigationComparison.Compare(scores, labels, groups, 0.5, 1, 1, NoBootstrap);
        var (none, opportunity, parity) = (table[0], table[1], table[2]);
        Assert.True(opportunity.EqualOpportunityDifference < none.EqualOpportunityDifference);
        Assert.True(parity.DemographicParityDifference < none.DemographicParityDifference);
        Assert.Equal(["a", "b"], opportunity.Thresholds!.Keys);
        // with unit costs the expected cost per row is the error rate
        Assert.All(table, o => Assert.Equal(1 - o.Accuracy, o.ExpectedCostPerRow!.Value, 12));
        Assert.All(table, o => Assert.Empty(o.Warnings));
    }

    [Fact]
    public void Compare_SmallGroups_FittedRowsWarnThresholdsAreThin()
    {
        double[] scores = [0.9, 0.7, 0.4, 0.2, 0.8, 0.3, 0.6, 0.1];
        int[] labels = [1, 1, 0, 0, 1, 0, 1, 0];
        string?[] groups = ["a", "a", "a", "a", "b", "b", "b", "b"];
        var table = MitigationComparison.Compare(scores, labels, groups, 0.5, null, null, NoBootstrap);
        Assert.Empty(table[0].Warnings);
        Assert.Contains("Group 'a' has 4 rows (fewer than 30): its own threshold is fitted on too few rows to trust.", table[1].Warnings);
        var lenient = NoBootstrap with { MinimumGroupSize = 0 };
        Assert.Contains("Group 'b' has 2 positive rows (fewer than 10): its own threshold is fitted on too few positives to trust.",
            MitigationComparison.Compare(scores, labels, groups, 0.5, null, null, lenient)[1].Warnings);
    }

    [Fact]
    public void Compare_SameInputs_SameTable()
    {
        var (scores, labels, groups) = ShiftedScores.Create(600);
        var first = MitigationComparison.Compare(scores, labels, groups, 0.4, 3, 1, NoBootstrap);
        var again = MitigationComparison.Compare(scores, labels, groups, 0.4, 3, 1, NoBootstrap);
        for (var k = 0; k < first.Length; k++)
        {
            Assert.Equal(first[k].Thresholds, again[k].Thresholds);
            Assert.Equal(first[k].Warnings, again[k].Warnings);
            Assert.Equal(first[k] with { Thresholds = null, Warnings = default }, again[k] with { Thresholds = null, Warnings = default });
        }
    }

    [Fact]
    public void Evaluate_HandExample_AccuracyCostAndDisparities()
    {
        // a at 0.5: 0.9 TP, 0.6 FP, 0.4 FN. b at 0.25: 0.2 TN, 0.7 TP, 0.3 FP.
        // TP 2, FP 2, FN 1, TN 1: accuracy 3/6; cost (5·1 + 1·2)/6 = 7/6.
        // selection 2/3 and 2/3; TPR 1/2 and 1; FPR 1 and 1/2.
        var option = MitigationComparison.Evaluate("hand", "By hand.", [0.9, 0.6, 0.4, 0.2, 0.7, 0.3], [1, 0, 1, 0, 1, 0],
            ["a", "a", "a", "b", "b", "b"], new Dictionary<string, double> { ["a"] = 0.5, ["b"] = 0.25, ["c"] = 0.9 }, 5, 1);
        Assert.Equal(0.5, option.Accuracy);
        Assert.Equal(7.0 / 6, option.ExpectedCostPerRow!.Value, 12);
        Assert.Equal(0.0, option.DemographicParityDifference);
        Assert.Equal(1.0, option.DemographicParityRatio);
        Assert.Equal(0.5, option.EqualOpportunityDifference, 12);
        Assert.Equal(0.5, option.EqualizedOddsDifference, 12);
        Assert.Equal(["a", "b"], option.Thresholds!.Keys);
    }

    [Fact]
    public void Evaluate_MissingValues_KeyedAsTheMissingGroup()
    {
        var option = MitigationComparison.Evaluate("rule", "A rule.", [0.9, 0.1, 0.6, 0.4], [1, 0, 1, 0], [null, null, "a", "a"],
            new Dictionary<string, double> { ["(missing)"] = 0.5, ["a"] = 0.3 }, null, null);
        Assert.Equal(0.75, option.Accuracy);
        Assert.Null(option.ExpectedCostPerRow);
        Assert.Equal(0.5, option.Thresholds!["(missing)"]);
    }

    [Fact]
    public void Evaluate_GroupWithoutThreshold_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() => MitigationComparison.Evaluate("rule", "A rule.", [0.9, 0.1], [1, 0], ["a", "b"],
            new Dictionary<string, double> { ["a"] = 0.5 }, null, null));
        Assert.Equal("No threshold is given for the group 'b'.", e.Message);
        Assert.Equal("Give a threshold for every group: a, b.", e.Fix);
    }

    [Fact]
    public void Evaluate_ThresholdNotFinite_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() => MitigationComparison.Evaluate("rule", "A rule.", [0.9, 0.1], [1, 0], ["a", "b"],
            new Dictionary<string, double> { ["a"] = 0.5, ["b"] = double.NaN }, null, null));
        Assert.Equal("The threshold NaN is not a finite number.", e.Message);
    }

    [Fact]
    public void Compare_OneGroupOnly_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() => MitigationComparison.Compare([0.9, 0.1], [1, 0], ["a", "a"], 0.5, null, null, NoBootstrap));
        Assert.Equal("Every row is in the group 'a', so there is nothing to compare it with.", e.Message);
    }
}
