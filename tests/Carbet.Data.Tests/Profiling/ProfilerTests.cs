using Carbet.Core;
using Carbet.Data.Profiling;
using Carbet.Data.Tables;

using static Carbet.Data.Tests.Profiling.Tables;

namespace Carbet.Data.Tests.Profiling;

public sealed class ProfilerTests
{
    private static DatasetProfile Run(DataTable table, ProfileOptions? options = null) =>
        Profiler.Profile(table, options ?? new ProfileOptions(), null, TestContext.Current.CancellationToken);

    [Fact]
    public void Profile_ConstantAndEmptyColumns_AreFlagged()
    {
        var table = Of(Numbers("flat", 3, 3, 3, 3), Numbers("none", double.NaN, double.NaN, double.NaN, double.NaN),
            Labels("same", "a", "a", null, "a"), Numbers("x", 1, 2, 3, 4));
        var profile = Run(table);
        Assert.Equal(["flat", "same"], profile.ConstantColumns);
        Assert.Equal(["none"], profile.EmptyColumns);
        Assert.Contains(profile.Alerts, a => a is { Kind: ProfileAlertKind.Constant, Column: "flat" });
        Assert.Contains(profile.Alerts, a => a is { Kind: ProfileAlertKind.Empty, Column: "none" });
        Assert.DoesNotContain(profile.Alerts, a => a.Column == "x");
    }

    [Fact]
    public void Profile_ColumnEqualToTarget_RaisesLeakageButNoiseDoesNot()
    {
        var noise = Noise(400, 7);
        var target = noise.Select((_, i) => i % 3 == 0 ? 1.0 : 0.0).ToArray();
        var table = Of(new NumericColumn("y", ColumnKind.Boolean, target), Numbers("copy", [.. target]), Numbers("noise", noise));
        var profile = Run(table, new ProfileOptions { Target = "y" });
        Assert.Equal(1.0, profile.TargetRelations.Single(r => r.Column == "copy").Auc);
        Assert.Contains(profile.Alerts, a => a is { Kind: ProfileAlertKind.Leakage, Column: "copy" });
        Assert.DoesNotContain(profile.Alerts, a => a is { Kind: ProfileAlertKind.Leakage, Column: "noise" });
        Assert.True(profile.TargetRelations.Single(r => r.Column == "noise").Auc < 0.7);
    }

    [Fact]
    public void Profile_DateAfterTime_RaisesLeakage()
    {
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var day = TimeSpan.TicksPerDay;
        var table = Of(new DateTimeColumn("decided", [start, start + day, start + (2 * day)], false),
            new DateTimeColumn("closed", [start + day, start + (2 * day), start + (3 * day)], false),
            new DateTimeColumn("opened", [start - day, start, start + day], false), Numbers("x", 1, 2, 3));
        var profile = Run(table, new ProfileOptions { Time = "decided", DateAfterOutcome = ["x"] });
        var leaks = profile.Alerts.Where(a => a.Kind == ProfileAlertKind.Leakage).Select(a => a.Column).ToList();
        Assert.Equal(["closed", "x"], leaks);
        Assert.Equal(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc), profile.Columns.Single(c => c.Name == "closed").Dates!.Min);
    }

    [Fact]
    public void Profile_IdRepeatedWithDifferentValues_CountsNearDuplicates()
    {
        var table = Of(Labels("id", "a", "a", "b", "b", "c"), Numbers("v", 1, 2, 5, 5, 7));
        var profile = Run(table, new ProfileOptions { Id = "id" });
        Assert.Equal(new NearDuplicateSummary("id", 1, 2), profile.NearDuplicates);
        Assert.Equal(1, profile.Duplicates.DuplicateRows);
        Assert.Equal(0.2, profile.Duplicates.Share, 12);
    }

    [Fact]
    public void Profile_BinaryTextTarget_ReportsClassBalanceWithRarerClassPositive()
    {
        var table = Of(Labels("y", "no", "no", "yes", "no", null, "no", "no", "no", "no", "no", "no", "no"));
        var profile = Run(table, new ProfileOptions { Target = "y" });
        var balance = profile.ClassBalance!;
        Assert.Equal("yes", balance.Positive);
        Assert.Equal(1 / 11.0, balance.PositiveShare, 12);
        Assert.Equal([new ValueCount("no", 10), new ValueCount("yes", 1)], balance.Classes);
        Assert.Contains(profile.Alerts, a => a is { Kind: ProfileAlertKind.Imbalance, Column: "y" });
    }

    [Fact]
    public void Profile_IdenticalBinaryColumns_HaveMutualInformationLn2()
    {
        var bits = Enumerable.Range(0, 100).Select(i => (i * 7) % 2 == 0 ? "p" : "q").ToArray();
        var table = Of(Labels("y", bits), Labels("same", bits));
        var profile = Run(table, new ProfileOptions { Target = "y" });
        Assert.Equal(Math.Log(2), profile.TargetRelations.Single().MutualInformation, 12);
    }

    [Fact]
    public void Profile_IndependentColumns_HaveMutualInformationNearZero()
    {
        var rows = Enumerable.Range(0, 400).ToArray();
        var table = Of(Labels("y", [.. rows.Select(i => i % 2 == 0 ? "p" : "q")]), Labels("other", [.. rows.Select(i => (i / 2 % 2) == 0 ? "u" : "v")]));
        var profile = Run(table, new ProfileOptions { Target = "y" });
        Assert.Equal(0, profile.TargetRelations.Single().MutualInformation, 12);
        Assert.Equal(0.5, profile.TargetRelations.Single().Auc, 12);
    }

    [Fact]
    public void Profile_NumericColumn_HistogramCountsSumToPresentValues()
    {
        var values = Noise(1000, 3).Select((v, i) => i % 10 == 0 ? double.NaN : v * 100).ToArray();
        var profile = Run(Of(Numbers("x", values)));
        var column = profile.Columns.Single();
        Assert.Equal(900, column.Count);
        Assert.Equal(900, column.Numeric!.Histogram.Counts.Sum());
        Assert.Equal(21, column.Numeric.Histogram.Edges.Length);
        Assert.Equal(0.1, column.Missing.Share, 12);
    }

    [Fact]
    public void Profile_ManyColumns_CapsAssociationsAndListsTheRest()
    {
        var columns = Enumerable.Range(0, 5).Select(i => (DataColumn)Numbers($"c{i}", Noise(50, (uint)i + 1))).ToArray();
        var profile = Run(Of(columns), new ProfileOptions { MaxAssociationColumns = 3 });
        Assert.Equal(["c0", "c1", "c2"], profile.Associations.Pearson.Columns);
        Assert.Equal(["c3", "c4"], profile.Associations.LeftOut);
    }

    [Fact]
    public void Profile_UnknownTarget_ThrowsUserError()
    {
        var error = Assert.Throws<UserErrorException>(() => Run(Of(Numbers("x", 1, 2)), new ProfileOptions { Target = "nope" }));
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_Always_ReportsProgressUpToOne()
    {
        var seen = new List<double>();
        var progress = new SynchronousProgress(seen);
        Profiler.Profile(Of(Numbers("a", 1, 2, 3), Numbers("b", 3, 1, 2)), new ProfileOptions(), progress, TestContext.Current.CancellationToken);
        Assert.Equal(1.0, seen[^1]);
        Assert.All(seen, f => Assert.InRange(f, 0, 1));
    }

    private sealed class SynchronousProgress(List<double> seen) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (seen)
                seen.Add(value);
        }
    }
}
