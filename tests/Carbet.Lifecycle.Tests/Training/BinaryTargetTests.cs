using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Lifecycle.Training;

namespace Carbet.Lifecycle.Tests.Training;

public sealed class BinaryTargetTests
{
    private static DataTable Table(params string?[] labels) =>
        new("t.csv", [TextColumn.FromValues("income", ColumnKind.Category, labels)]);

    [Fact]
    public void Of_PositiveGivenInAnotherCase_MatchesAndEncodesOnes()
    {
        var table = Table("<=50k", ">50k", "<=50k");

        var target = BinaryTarget.Of(table, "income", ">50K");

        Assert.Equal(">50k", target.Positive);
        Assert.Equal([0.0, 1.0, 0.0], ((NumericColumn)target.Encode(table)["income"]).Values.ToArray());
    }

    [Fact]
    public void Of_NoPositiveTwoLabels_TakesTheRarer()
    {
        var target = BinaryTarget.Of(Table("no", "no", "yes"), "income", null);

        Assert.Equal(("yes", "no", "the rarer class is positive"), (target.Positive, target.Negative, target.How));
    }

    [Fact]
    public void Of_ZeroOne_KeepsOneEvenWhenRarerIsZero()
    {
        Assert.Equal("1", BinaryTarget.Of(Table("1", "1", "0"), "income", null).Positive);
    }

    [Theory]
    [InlineData(new[] { "a", "b", "c" }, "3 classes")]
    [InlineData(new[] { "a", "a" }, "1 class (")]
    public void Of_NotTwoClasses_SaysHowMany(string[] labels, string expected)
    {
        var error = Assert.Throws<UserErrorException>(() => BinaryTarget.Of(Table(labels), "income", null));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_UnknownPositive_ListsTheClasses()
    {
        var error = Assert.Throws<UserErrorException>(() => BinaryTarget.Of(Table("a", "b"), "income", "c"));

        Assert.Contains("a, b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_MissingLabel_CountsThem()
    {
        var error = Assert.Throws<UserErrorException>(() => BinaryTarget.Of(Table("a", null, "b"), "income", null));

        Assert.Contains("missing in 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Yes", "1")]
    [InlineData("no", "0")]
    public void Of_YesNoReadAsBoolean_MapsThePositiveToItsDigit(string positive, string expected) =>
        Assert.Equal(expected, BinaryTarget.Of(Table("1", "0", "0"), "income", positive).Positive);
}
