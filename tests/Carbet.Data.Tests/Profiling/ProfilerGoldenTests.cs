using System.Text.Json;

using Carbet.Data.Profiling;
using Carbet.Testing;

namespace Carbet.Data.Tests.Profiling;

/// <summary>The profile of adult.data against pandas and SciPy (../shared/golden/profile.json).</summary>
public sealed class ProfilerGoldenTests
{
    private static readonly Lazy<(DatasetProfile Profile, JsonElement Golden)> Adult = new(() =>
    {
        var table = AdultData.Read(Repo.Shared("datasets", "adult", "adult.data"));
        var profile = Profiler.Profile(table, new ProfileOptions { Target = "income" }, null, CancellationToken.None);
        using var golden = JsonDocument.Parse(File.ReadAllText(Repo.Shared("golden", "profile.json")));
        return (profile, golden.RootElement.Clone());
    });

    [Fact]
    public void Profile_AdultNumericColumns_MatchPandas()
    {
        var (profile, golden) = Load();
        foreach (var name in AdultData.NumericNames)
        {
            var expected = golden.GetProperty("numeric").GetProperty(name);
            var actual = profile.Columns.Single(c => c.Name == name);
            var numeric = actual.Numeric!;
            Assert.Equal(expected.GetProperty("count").GetInt64(), actual.Count);
            Assert.Equal(expected.GetProperty("missing").GetInt64(), actual.Missing.Count);
            Assert.Equal(expected.GetProperty("distinct").GetInt64(), actual.Distinct);
            Close(expected, "mean", numeric.Mean);
            Close(expected, "std", numeric.Std);
            Close(expected, "min", numeric.Min);
            Close(expected, "max", numeric.Max);
            Close(expected, "q05", numeric.Quantiles.P05);
            Close(expected, "q25", numeric.Quantiles.P25);
            Close(expected, "q50", numeric.Quantiles.P50);
            Close(expected, "q75", numeric.Quantiles.P75);
            Close(expected, "q95", numeric.Quantiles.P95);
        }
    }

    [Fact]
    public void Quantile_AdultExtraLevels_MatchNumpyInterpolation()
    {
        var table = AdultData.Read(Repo.Shared("datasets", "adult", "adult.data"));
        var (_, golden) = Load();
        foreach (var name in AdultData.NumericNames)
        {
            var sorted = ((Carbet.Data.Tables.NumericColumn)table[name]).Values.ToArray();
            Array.Sort(sorted);
            var extra = golden.GetProperty("numeric").GetProperty(name).GetProperty("extra_quantiles");
            foreach (var (key, p) in new[] { ("q01", 0.01), ("q10", 0.10), ("q90", 0.90), ("q99", 0.99) })
                Close(extra, key, Statistics.Quantile(sorted, p));
        }
    }

    [Fact]
    public void Profile_AdultCategoricalColumns_MatchPandas()
    {
        var (profile, golden) = Load();
        foreach (var entry in golden.GetProperty("categorical").EnumerateObject())
        {
            var actual = profile.Columns.Single(c => c.Name == entry.Name);
            Assert.Equal(entry.Value.GetProperty("count").GetInt64(), actual.Count);
            Assert.Equal(entry.Value.GetProperty("missing").GetInt64(), actual.Missing.Count);
            Assert.Equal(entry.Value.GetProperty("distinct").GetInt64(), actual.Distinct);
            var top5 = entry.Value.GetProperty("top5").EnumerateArray().Select(t => (t[0].GetString(), t[1].GetInt64())).ToList();
            Assert.Equal(top5, actual.TopValues.Take(5).Select(v => ((string?)v.Value, v.Count)).ToList());
        }
    }

    [Theory]
    [InlineData("pearson")]
    [InlineData("spearman")]
    public void Profile_AdultCorrelations_MatchPandas(string method)
    {
        var (profile, golden) = Load();
        var matrix = method == "pearson" ? profile.Associations.Pearson : profile.Associations.Spearman;
        AssertMatrix(golden.GetProperty(method), matrix);
    }

    [Fact]
    public void Profile_AdultCramersV_MatchesScipy()
    {
        var (profile, golden) = Load();
        AssertMatrix(golden.GetProperty("cramers_v"), profile.Associations.CramersV);
    }

    [Fact]
    public void Profile_AdultDuplicates_MatchPandas()
    {
        var (profile, golden) = Load();
        var expected = golden.GetProperty("duplicates");
        Assert.Equal(expected.GetProperty("duplicate_rows").GetInt64(), profile.Duplicates.DuplicateRows);
        Assert.Equal(expected.GetProperty("rows_in_duplicate_groups").GetInt64(), profile.Duplicates.RowsInDuplicateGroups);
        Assert.Equal(expected.GetProperty("duplicate_groups").GetInt64(), profile.Duplicates.DuplicateGroups);
        Assert.Equal(golden.GetProperty("n_rows").GetInt32(), profile.RowCount);
    }

    private static (DatasetProfile Profile, JsonElement Golden) Load()
    {
        _ = Repo.Shared("golden", "profile.json");
        _ = Repo.Shared("datasets", "adult", "adult.data");
        return Adult.Value;
    }

    private static void AssertMatrix(JsonElement expected, AssociationMatrix actual)
    {
        var names = expected.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();
        var rows = expected.GetProperty("matrix").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            for (var j = 0; j < names.Length; j++)
            {
                var value = actual.Values[actual.Columns.IndexOf(names[i])][actual.Columns.IndexOf(names[j])];
                Assert.True(Near(rows[i][j], value), $"{names[i]} × {names[j]}: expected {rows[i][j]:R}, got {value:R}");
            }
        }
    }

    private static void Close(JsonElement expected, string key, double actual)
    {
        var value = expected.GetProperty(key).GetDouble();
        Assert.True(Near(value, actual), $"{key}: expected {value:R}, got {actual:R}");
    }

    private static bool Near(double expected, double actual) =>
        Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected));
}
