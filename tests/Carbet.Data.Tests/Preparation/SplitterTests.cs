using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Tables;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Preparation;

public sealed class SplitterTests
{
    private static DataTable Labelled()
    {
        // 70 of class "0", 30 of class "1", interleaved
        var labels = Enumerable.Range(0, 100).Select(i => i % 10 < 7 ? "0" : "1").ToArray();
        return Table(Category("y", labels), Numbers("x", [.. Enumerable.Range(0, 100).Select(i => (double)i)]));
    }

    [Fact]
    public void Split_Target_EachClassKeepsItsShareWithinOneRow()
    {
        var table = Labelled();

        var split = Splitter.Split(table, new SplitOptions(Target: "y"), new CarbetContext(7));

        Assert.Equal("stratified", split.Method);
        var y = (TextColumn)table["y"];
        foreach (var (label, total) in new[] { ("0", 70), ("1", 30) })
        {
            Assert.InRange(split.Test.Count(r => y[r] == label), (total * 0.15) - 1, (total * 0.15) + 1);
            Assert.InRange(split.Validation.Count(r => y[r] == label), (total * 0.15) - 1, (total * 0.15) + 1);
        }
        Assert.Equal(Enumerable.Range(0, 100), split.Train.Concat(split.Validation).Concat(split.Test).Order());
    }

    [Fact]
    public void Split_SameSeed_SameSplit()
    {
        var options = new SplitOptions(Target: "y");

        var a = Splitter.Split(Labelled(), options, new CarbetContext(7));
        var b = Splitter.Split(Labelled(), options, new CarbetContext(7));
        var c = Splitter.Split(Labelled(), options with { Seed = 8 }, new CarbetContext(7));

        Assert.Equal(a.Test, b.Test);
        Assert.Equal(a.Validation, b.Validation);
        Assert.NotEqual(a.Test, c.Test);
        Assert.Equal(8, c.Seed);
    }

    [Fact]
    public void Split_Time_OldestTrainNewestTest()
    {
        var ticks = Enumerable.Range(0, 20).Select(i => new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays((i * 7) % 20).Ticks).ToArray();
        var table = Table(new DateTimeColumn("t", ticks, hasTime: false), Numbers("x", new double[20]));

        var split = Splitter.Split(table, new SplitOptions(0.25, 0.25, Target: "x", Time: "t"), new CarbetContext());

        Assert.Equal("time", split.Method);
        Assert.Equal((10, 5, 5), (split.Train.Length, split.Validation.Length, split.Test.Length));
        Assert.True(split.Train.Max(r => ticks[r]) < split.Validation.Min(r => ticks[r]));
        Assert.True(split.Validation.Max(r => ticks[r]) < split.Test.Min(r => ticks[r]));
    }

    [Fact]
    public void Split_NoTargetNoTime_RandomCoversEveryRowOnce()
    {
        var split = Splitter.Split(Labelled(), new SplitOptions(), new CarbetContext());

        Assert.Equal("random", split.Method);
        Assert.Equal((70, 15, 15), (split.Train.Length, split.Validation.Length, split.Test.Length));
        Assert.Equal(100, split.Train.Concat(split.Validation).Concat(split.Test).Distinct().Count());
    }

    [Fact]
    public void Split_SharesTooLarge_UserError()
    {
        Assert.Throws<UserErrorException>(() => Splitter.Split(Labelled(), new SplitOptions(0.5, 0.5), new CarbetContext()));
    }

    [Fact]
    public void Split_UnknownTarget_UserErrorNamingColumn()
    {
        var error = Assert.Throws<UserErrorException>(() => Splitter.Split(Labelled(), new SplitOptions(Target: "nope"), new CarbetContext()));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }
}
