using Carbet.Core;
using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>Each bad input to <see cref="ProxyDetection.Rank"/> names the column and says how to fix it.</summary>
public sealed class ProxyDetectionInputTests
{
    private static readonly string?[] Sex = ["F", "M", "F", "M", "F", "M"];

    [Fact]
    public void Rank_LengthsDiffer_NamesFeatureAndAttribute()
    {
        var error = Rank(Sex, [new NumericProxyFeature("age", [30, 40, 50])]);
        Assert.Equal("Feature 'age' has 3 values but the sensitive attribute 'sex' has 6.", error.Message);
        Assert.Contains("same table", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_OneGroup_NamesAttribute()
    {
        var error = Rank(["F", "F", null, "F"], [new NumericProxyFeature("age", [30, 40, 50, 60])]);
        Assert.Equal("The sensitive attribute 'sex' has only the value 'F' on its 3 rows, so nothing can predict it.", error.Message);
        Assert.Contains("at least two groups", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_NoFeatures_NamesAttribute()
    {
        var error = Rank(Sex, []);
        Assert.Equal("No features were given to rank as proxies of 'sex'.", error.Message);
        Assert.Contains("feature columns", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_FeatureNamedLikeAttribute_NamesIt()
    {
        var error = Rank(Sex, [new CategoricalProxyFeature("Sex", Sex)]);
        Assert.Equal("Feature 'Sex' is the sensitive attribute 'sex' itself.", error.Message);
        Assert.Contains("Leave 'Sex' out", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_FeatureTwice_NamesIt()
    {
        var age = new NumericProxyFeature("age", [1, 2, 3, 4, 5, 6]);
        Assert.Equal("Feature 'age' is given twice.", Rank(Sex, [age, age]).Message);
    }

    [Fact]
    public void Rank_OneFold_NamesOption()
    {
        var error = Assert.Throws<UserErrorException>(() =>
            ProxyDetection.Rank("sex", Sex, [new NumericProxyFeature("age", [1, 2, 3, 4, 5, 6])], new ProxyOptions { Folds = 1 }));
        Assert.Equal("Proxy option Folds is 1.", error.Message);
        Assert.Equal("Set Folds to at least 2.", error.Fix);
    }

    private static UserErrorException Rank(string?[] sensitive, ProxyFeature[] features) =>
        Assert.Throws<UserErrorException>(() => ProxyDetection.Rank("sex", sensitive, features, new ProxyOptions()));
}
