using Carbet.Lifecycle.Training;
using Carbet.Modeling.Families;

namespace Carbet.Lifecycle.Tests.Training;

public sealed class SelectionRuleTests
{
    private static readonly double[] Best = [0.80, 0.82, 0.78, 0.81, 0.79];

    private static CrossValidationResult Result(string family, double fitSeconds, params double[] aucs) =>
        new(family, HyperParameters.None, [.. aucs.Select((auc, i) => new CrossValidationFold(i, 100, 25, 5, auc, TimeSpan.FromSeconds(fitSeconds)))]);

    private static double[] Below(params double[] differences) => [.. Best.Zip(differences, (b, d) => b - d)];

    [Fact]
    public void Rank_SteadyLeadOfATenthOfAPoint_IsNoTieSoTheBetterSlowerFamilyWins()
    {
        var slow = Result("slow", 9, Best);
        var fast = Result("fast", 1, Below(0.001, 0.001, 0.001, 0.001, 0.001));   // behind on every fold: no noise to hide in

        Assert.Equal(["slow", "fast"], SelectionRule.Rank([fast, slow]).Select(r => r.Family));
    }

    [Fact]
    public void Rank_LeadWithinOneStandardErrorOfThePairedDifferences_IsATieWonByTheFasterFamily()
    {
        // differences 0.01, -0.008, 0.004, -0.002, 0.001: mean 0.001, sample sd 0.0067, standard error 0.003
        var slow = Result("slow", 9, Best);
        var fast = Result("fast", 1, Below(0.01, -0.008, 0.004, -0.002, 0.001));

        Assert.True(SelectionRule.Tied(slow, fast));
        Assert.Equal(["fast", "slow"], SelectionRule.Rank([slow, fast]).Select(r => r.Family));
    }

    [Fact]
    public void Tied_LeadJustAboveOneStandardError_IsNoTie()
    {
        // the same spread shifted by 0.0021: mean 0.0031 against a standard error of 0.003
        var best = Result("best", 9, Best);

        Assert.False(SelectionRule.Tied(best, Result("other", 1, Below(0.0121, -0.0059, 0.0061, 0.0001, 0.0031))));
        Assert.True(SelectionRule.Tied(best, Result("other", 1, Below(0.0119, -0.0061, 0.0059, -0.0001, 0.0029))));
    }

    [Fact]
    public void Tied_DifferentFolds_NeverTie()
    {
        Assert.False(SelectionRule.Tied(Result("best", 9, Best), Result("other", 1, 0.8, 0.8, 0.8)));
    }

    [Fact]
    public void PairedTie_LowerIsBetter_ReadsTheGapTheOtherWay()
    {
        double[] best = [1.0, 1.2, 0.9, 1.1, 1.0];   // RMSE
        double[] steadyWorse = [.. best.Select(b => b + 0.01)];
        double[] steadyBetter = [.. best.Select(b => b - 0.01)];

        Assert.False(PairedTie.Within(best, steadyWorse, lowerIsBetter: true));
        Assert.True(PairedTie.Within(best, steadyBetter, lowerIsBetter: true));   // not worse at all
        Assert.True(PairedTie.Within(best, steadyWorse, lowerIsBetter: false));   // read as scores, it is the better one
    }
}
