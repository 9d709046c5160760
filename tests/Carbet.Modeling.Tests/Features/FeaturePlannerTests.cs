using Carbet.Core;
using Carbet.Modeling.Features;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Features;

public sealed class FeaturePlannerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Plan_Defaults_OneHotBelowThresholdTargetEncodingAboveDatePartsForDates()
    {
        var plan = FeaturePlanner.Plan(FeatureData.Write(_folder.File("rows.csv"), 400));
        var byName = plan.Columns.ToDictionary(c => c.Column);
        Assert.Equal((ColumnEncoding.OneHot, 4), (byName["color"].Encoding, byName["color"].Levels));
        Assert.Equal(ColumnEncoding.TargetEncoded, byName["city"].Encoding);
        Assert.Equal(ColumnEncoding.DateParts, byName["when"].Encoding);
        Assert.False(byName["when"].HasTime);
        Assert.Equal(400, plan.Rows);
    }

    [Fact]
    public void Plan_BlanksInOneNumber_MissingIndicatorOnThatColumnOnly()
    {
        var plan = FeaturePlanner.Plan(FeatureData.Write(_folder.File("rows.csv"), 400));
        var byName = plan.Columns.ToDictionary(c => c.Column);
        Assert.True(byName["x"].MissingIndicator);
        Assert.Equal(16, byName["x"].Missing);
        Assert.False(byName["noise"].MissingIndicator);
        Assert.Equal(["x"], plan.Columns.Where(c => c.MissingIndicator).Select(c => c.Column));
        Assert.Equal("number + missing indicator (16 missing)", plan.ToParams()["features.column.x"]);
    }

    [Fact]
    public void Plan_TimestampsHashingAndBins_FollowTheOptions()
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 300, timestamps: true) with
        {
            Features = new FeatureOptions { HighCardinality = HighCardinalityEncoding.Hash, Bins = 10 },
        };
        var byName = FeaturePlanner.Plan(request).Columns.ToDictionary(c => c.Column);
        Assert.Equal(ColumnEncoding.Hashed, byName["city"].Encoding);
        Assert.Equal(ColumnEncoding.Binned, byName["noise"].Encoding);
        Assert.True(byName["when"].HasTime);
        Assert.Equal("date parts: year, month, day_of_week, hour", byName["when"].Describe());
    }

    [Theory]
    [InlineData(0.5, ClassWeighting.Auto, false)]
    [InlineData(0.5, ClassWeighting.Balanced, true)]
    [InlineData(0.03, ClassWeighting.Auto, true)]
    [InlineData(0.03, ClassWeighting.None, false)]
    public void Plan_ClassWeights_NegativesOverPositivesWhenAskedOrImbalanced(double share, ClassWeighting weighting, bool weighted)
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 2_000, positiveShare: share) with { Features = new FeatureOptions { ClassWeights = weighting } };
        var plan = FeaturePlanner.Plan(request);
        if (!weighted)
        {
            Assert.Null(plan.PositiveWeight);
            return;
        }
        Assert.NotNull(plan.PositiveWeight);
        Assert.Equal((1 - plan.PositiveShare) / plan.PositiveShare, plan.PositiveWeight.Value, 1e-9);
        Assert.Equal(share < 0.1, plan.PositiveShare < 0.2);
    }

    [Fact]
    public void Plan_OptionOutOfRange_UserErrorNamingTheKey()
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 50) with { Features = new FeatureOptions { MaxOneHot = 1 } };
        var error = Assert.Throws<UserErrorException>(() => FeaturePlanner.Plan(request));
        Assert.Contains("features.max_onehot", error.Message, StringComparison.Ordinal);
    }
}
