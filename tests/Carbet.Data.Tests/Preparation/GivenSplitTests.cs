using Carbet.Core;
using Carbet.Data.Preparation;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Preparation;

public sealed class GivenSplitTests
{
    [Fact]
    public void Split_Column_EveryRowGoesWhereItsColumnSays()
    {
        var table = Table(Category("part", ["train", "Test", "validation", " train ", "test"]), Category("y", ["0", "1", "0", "1", "0"]));

        var split = Splitter.Split(table, new SplitOptions(Target: "y") { Column = "part" }, new CarbetContext(3));

        Assert.Equal("given", split.Method);
        Assert.Equal([0, 3], split.Train);
        Assert.Equal([2], split.Validation);
        Assert.Equal([1, 4], split.Test);
    }

    [Fact]
    public void Split_UnknownSetName_NamesTheRowAndTheValue()
    {
        var table = Table(Category("part", ["train", "holdout"]));

        var error = Assert.Throws<UserErrorException>(() => Splitter.Split(table, new SplitOptions { Column = "part" }, new CarbetContext(3)));

        Assert.Contains("Row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("holdout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_MissingColumn_NamesTheSetting()
    {
        var error = Assert.Throws<UserErrorException>(() => Splitter.Split(Table(Category("y", ["0"])), new SplitOptions { Column = "part" }, new CarbetContext(3)));

        Assert.Contains("preparation.split.column", error.Message, StringComparison.Ordinal);
    }
}
