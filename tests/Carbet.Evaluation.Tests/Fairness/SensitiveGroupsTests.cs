using Carbet.Core;
using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

public sealed class SensitiveGroupsTests
{
    [Fact]
    public void AgeBands_Edges_FallInTheBandAbove()
    {
        var bands = SensitiveGroups.AgeBands([24.999, 25, 34.5, 35, 44, 45, 54.9, 55, 64.999, 65, 97, double.NaN]);
        Assert.Equal(["<25", "25-34", "25-34", "35-44", "35-44", "45-54", "45-54", "55-64", "55-64", "65+", "65+", null], bands);
    }

    [Fact]
    public void Intersection_TwoAttributes_JoinsWithAmpersandAndKeepsMissing()
    {
        var crossed = SensitiveGroups.Intersection(["Female", "Male", null, "Male"], ["White", null, "Black", "Black"]);
        Assert.Equal(["Female & White", null, null, "Male & Black"], crossed);
    }

    [Fact]
    public void Intersection_LengthsDiffer_ThrowsUserError()
    {
        var error = Assert.Throws<UserErrorException>(() => SensitiveGroups.Intersection(["a", "b"], ["c"]));
        Assert.Equal("The first attribute has 2 values but the second has 1.", error.Message);
    }
}
