using Carbet.Core;
using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>Per-group thresholds: they level the chosen rate on shifted scores, break ties as documented, and keep the original
/// threshold, with a warning, where a group's rate is undefined.</summary>
public sealed class GroupThresholdsTests
{
    private static readonly FairnessAuditOptions NoBootstrap = new() { BootstrapResamples = 0 };

    private static double Disparity(AttributeAudit audit, string metric) => Assert.Single(audit.Disparities, d => d.Metric == metric).Value;

    [Fact]
    public void Fit_EqualOpportunityOnShiftedScores_TprDifferenceBelowFivePoints()
    {
        var (scores, labels, groups) = ShiftedScores.Create(2000);
        var single = FairnessAudit.Run("group", scores, labels, groups, 0.5, NoBootstrap);
        Assert.True(Disparity(single, "equal_opportunity_difference") > 0.2);

        var fitted = GroupThresholds.Fit(scores, labels, groups, 0.5, FairnessCriterion.EqualOpportunity);
        Assert.True(fitted.Evaluation.EqualOpportunityDifference < 0.05, $"TPR difference {fitted.Evaluation.EqualOpportunityDifference}");
        Assert.True(fitted.Thresholds["b"] < fitted.Thresholds["a"]);
        Assert.Empty(fitted.Warnings);
    }

    [Fact]
    public void Fit_DemographicParityOnShiftedScores_SelectionRateDifferenceBelowFivePoints()
    {
        var (scores, labels, groups) = ShiftedScores.Create(2000);
        var single = FairnessAudit.Run("group", scores, labels, groups, 0.5, NoBootstrap);
        Assert.True(Disparity(single, "demographic_parity_difference") > 0.2);

        var fitted = GroupThresholds.Fit(scores, labels, groups, 0.5, FairnessCriterion.DemographicParity);
        Assert.True(fitted.Evaluation.DemographicParityDifference < 0.05, $"selection rate difference {fitted.Evaluation.DemographicParityDifference}");
        Assert.Equal("demographic parity thresholds", fitted.Evaluation.Name);
    }

    // Overall TPR at 0.5 is 4/8 = 1/2. Group b's two tied positives at 0.4 make its TPR jump from 1/4 to 3/4, both 1/4 away:
    // threshold 0.8 errs on 3 rows (3 FN), threshold 0.4 on 4 (1 FN, 3 FP), but costs 3·10 = 30 against 10 + 3 = 13.
    private static readonly double[] TieScores = [0.9, 0.8, 0.7, 0.2, 0.3, 0.1, 0.8, 0.4, 0.4, 0.1, 0.6, 0.5, 0.45];
    private static readonly int[] TieLabels = [1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0];
    private static readonly string?[] TieGroups = ["a", "a", "a", "a", "a", "a", "b", "b", "b", "b", "b", "b", "b"];

    [Fact]
    public void Fit_EqualGapsWithoutCosts_HigherAccuracyWins()
    {
        var fitted = GroupThresholds.Fit(TieScores, TieLabels, TieGroups, 0.5, FairnessCriterion.EqualOpportunity);
        Assert.Equal(0.5, fitted.Target);
        Assert.Equal(0.8, fitted.Thresholds["a"]);
        Assert.Equal(0.8, fitted.Thresholds["b"]);
        Assert.Null(fitted.Evaluation.ExpectedCostPerRow);
    }

    [Fact]
    public void Fit_EqualGapsWithCosts_LowerExpectedCostWins()
    {
        var fitted = GroupThresholds.Fit(TieScores, TieLabels, TieGroups, 0.5, FairnessCriterion.EqualOpportunity, 10, 1);
        Assert.Equal(0.8, fitted.Thresholds["a"]);
        Assert.Equal(0.4, fitted.Thresholds["b"]);
        // a: FN 2 (0.7, 0.2); b: FN 1 (0.1), FP 3
        Assert.Equal(((10.0 * 3) + 3) / 13, fitted.Evaluation.ExpectedCostPerRow!.Value, 12);
    }

    [Fact]
    public void Fit_GroupsAlreadyLevel_KeepTheOriginalThreshold()
    {
        double[] scores = [0.9, 0.4, 0.3, 0.2, 0.9, 0.4, 0.3, 0.2];
        int[] labels = [1, 0, 1, 0, 1, 0, 1, 0];
        string?[] groups = ["a", "a", "a", "a", "b", "b", "b", "b"];
        foreach (var criterion in new[] { FairnessCriterion.EqualOpportunity, FairnessCriterion.DemographicParity })
        {
            var fitted = GroupThresholds.Fit(scores, labels, groups, 0.5, criterion);
            Assert.Equal([0.5, 0.5], fitted.Thresholds.Values);
        }
    }

    [Fact]
    public void Fit_GroupWithoutPositivesForEqualOpportunity_KeepsOriginalWithWarning()
    {
        double[] scores = [0.9, 0.7, 0.4, 0.2, 0.8, 0.3, 0.6];
        int[] labels = [1, 1, 0, 0, 0, 0, 0];
        string?[] groups = ["a", "a", "a", "a", "b", "b", "b"];
        var fitted = GroupThresholds.Fit(scores, labels, groups, 0.5, FairnessCriterion.EqualOpportunity);
        Assert.Equal(0.5, fitted.Thresholds["b"]);
        var warning = "Group 'b' has no positive row, so its true positive rate is undefined and its threshold stays 0.5.";
        Assert.Equal([warning], fitted.Warnings);
        Assert.Contains(warning, fitted.Evaluation.Warnings);
        Assert.Contains("equal_opportunity_difference is undefined: fewer than two groups define the rates it compares.", fitted.Evaluation.Warnings);

        Assert.Empty(GroupThresholds.Fit(scores, labels, groups, 0.5, FairnessCriterion.DemographicParity).Warnings);
    }

    [Fact]
    public void Fit_RowsPermuted_SameThresholdsAndEvaluation()
    {
        var (scores, labels, groups) = ShiftedScores.Create(400);
        var order = Enumerable.Range(0, scores.Length).OrderBy(i => (i * 7919) % scores.Length).ToArray();
        var first = GroupThresholds.Fit(scores, labels, groups, 0.5, FairnessCriterion.EqualOpportunity, 5, 1);
        var again = GroupThresholds.Fit(scores, labels, groups, 0.5, FairnessCriterion.EqualOpportunity, 5, 1);
        var permuted = GroupThresholds.Fit(order.Select(i => scores[i]).ToArray(), order.Select(i => labels[i]).ToArray(),
            order.Select(i => groups[i]).ToArray(), 0.5, FairnessCriterion.EqualOpportunity, 5, 1);
        foreach (var other in new[] { again, permuted })
        {
            Assert.Equal(first.Thresholds, other.Thresholds);
            Assert.Equal(first.Evaluation with { Thresholds = null, Warnings = default }, other.Evaluation with { Thresholds = null, Warnings = default });
        }
    }

    [Fact]
    public void Fit_OneCostOnly_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() =>
            GroupThresholds.Fit(TieScores, TieLabels, TieGroups, 0.5, FairnessCriterion.EqualOpportunity, costFalseNegative: 5));
        Assert.Equal("Only one of the two costs is given.", e.Message);
        Assert.Equal("Give both the cost of a false negative and the cost of a false positive, or neither.", e.Fix);
    }

    [Fact]
    public void Fit_NegativeCost_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() =>
            GroupThresholds.Fit(TieScores, TieLabels, TieGroups, 0.5, FairnessCriterion.DemographicParity, -1, 1));
        Assert.Equal("Costs -1 (false negative) and 1 (false positive) are not usable.", e.Message);
    }

    [Fact]
    public void Fit_LengthsDiffer_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() =>
            GroupThresholds.Fit([0.1, 0.9], [0, 1], ["a", "b", "b"], 0.5, FairnessCriterion.EqualOpportunity));
        Assert.Equal("There are 2 scores, 2 labels and 3 group values.", e.Message);
        Assert.Equal("Pass one score, one label and one value of the sensitive attribute per row, in the same order.", e.Fix);
    }

    [Fact]
    public void Fit_ScoreOutsideUnitInterval_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() =>
            GroupThresholds.Fit([0.1, 1.5], [0, 1], ["a", "b"], 0.5, FairnessCriterion.DemographicParity));
        Assert.Equal("Row 1 has score 1.5, which is not a probability in [0, 1].", e.Message);
    }

    [Fact]
    public void Fit_NoRows_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() => GroupThresholds.Fit([], [], [], 0.5, FairnessCriterion.EqualOpportunity));
        Assert.Equal("There are no rows to audit.", e.Message);
    }

    [Fact]
    public void Fit_LabelNotBinary_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() =>
            GroupThresholds.Fit([0.1, 0.9], [0, -1], ["a", "b"], 0.5, FairnessCriterion.EqualOpportunity));
        Assert.Equal("Row 1 has label -1, but a binary label must be 0 or 1.", e.Message);
        Assert.Equal("Encode the positive class as 1 and the negative class as 0.", e.Fix);
    }
}
