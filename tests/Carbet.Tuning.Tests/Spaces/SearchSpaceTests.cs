using Carbet.Core;
using Carbet.Tuning.Spaces;

namespace Carbet.Tuning.Tests.Spaces;

public sealed class SearchSpaceTests
{
    private static readonly SearchSpace Boosting = new([
        new("booster", Distribution.Categorical("gbdt", "goss", "dart")),
        new SearchParameter("drop_rate", Distribution.Float(0.05, 0.5)).When("booster", "dart"),
        new("leaves", Distribution.Int(4, 256, 4)),
        new("learning_rate", Distribution.LogFloat(0.005, 0.3)),
    ]);

    [Theory]
    [InlineData(2, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void IsActive_ConditionalParameter_FollowsParentChoice(int booster, bool expected)
    {
        var dropRate = Boosting.Find("drop_rate")!;
        Assert.Equal(expected, Boosting.IsActive(dropRate, new Dictionary<string, double> { ["booster"] = booster }));
    }

    [Fact]
    public void IsActive_ParentNotChosenYet_IsFalse() =>
        Assert.False(Boosting.IsActive(Boosting.Find("drop_rate")!, new Dictionary<string, double>()));

    [Theory]
    [InlineData(4, true)]
    [InlineData(8, true)]
    [InlineData(6, false)]
    [InlineData(260, false)]
    public void Contains_SteppedInt_OnlyGridValuesInRange(double value, bool expected) =>
        Assert.Equal(expected, Distribution.Int(4, 256, 4).Contains(value));

    [Fact]
    public void Snap_SteppedFloat_RoundsToNearestStepWithinRange()
    {
        var d = Distribution.Float(0, 1, 0.25);
        Assert.Equal(0.5, d.Snap(0.6));
        Assert.Equal(1.0, d.Snap(7));
    }

    public static TheoryData<SearchParameter, string> BadParameters => new()
    {
        { new("depth", Distribution.Int(10, 2)), "'depth'" },
        { new("rate", Distribution.Float(1, 0)), "'rate'" },
        { new("lr", Distribution.LogFloat(0, 1)), "'lr'" },
        { new("lr", Distribution.LogFloat(-1, 1)), "'lr'" },
        { new("trees", Distribution.LogInt(0, 100)), "'trees'" },
        { new("booster", Distribution.Categorical()), "'booster'" },
        { new("step", Distribution.Float(0, 1, 0)), "'step'" },
        { new SearchParameter("drop", Distribution.Float(0, 1)).When("missing", "dart"), "'drop'" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public void Constructor_InvalidParameter_RefusedNamingIt(SearchParameter parameter, string quotedName)
    {
        var error = Assert.Throws<UserErrorException>(() => new SearchSpace([parameter]));
        Assert.Contains(quotedName, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void Constructor_ConditionOnUnknownChoice_Refused() =>
        Assert.Throws<UserErrorException>(() => new SearchSpace([
            new("booster", Distribution.Categorical("gbdt", "dart")),
            new SearchParameter("drop", Distribution.Float(0, 1)).When("booster", "goss"),
        ]));

    [Fact]
    public void Json_RoundTrip_KeepsEveryParameter()
    {
        var json = SearchSpaceJson.Serialize(Boosting);
        var back = SearchSpaceJson.Deserialize(json);
        Assert.Equal(json, SearchSpaceJson.Serialize(back));
        Assert.Equal(Boosting.Parameters.Select(p => p.Name), back.Parameters.Select(p => p.Name));
        Assert.Equal(["gbdt", "goss", "dart"], back.Find("booster")!.Distribution.Choices);
        Assert.Equal(["dart"], back.Find("drop_rate")!.Condition!.Choices);
        Assert.Equal(DistributionKind.LogFloat, back.Find("learning_rate")!.Distribution.Kind);
        Assert.Equal(4, back.Find("leaves")!.Distribution.Step);
    }

    [Fact]
    public void Json_InvalidSpace_RefusedOnRead()
    {
        var json = SearchSpaceJson.Serialize(new SearchSpace([new("x", Distribution.Float(0, 1))])).Replace("\"high\":1", "\"high\":-1", StringComparison.Ordinal);
        Assert.Throws<UserErrorException>(() => SearchSpaceJson.Deserialize(json));
    }

    [Fact]
    public void CheckValues_InactiveParameterGiven_Refused() =>
        Assert.Throws<UserErrorException>(() => Boosting.CheckValues(new Dictionary<string, double>
        {
            ["booster"] = 0,
            ["drop_rate"] = 0.1,
            ["leaves"] = 8,
            ["learning_rate"] = 0.01,
        }));
}
