using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Features;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Features;

public sealed class TargetEncodingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Fit_OneLevel_IsTheSmoothedRateMinusThePrior()
    {
        // level a: 3 rows, 3 positives; b: 1 row, 0 positives; prior 3/4; weight 1: (3 + 0.75) / 4 - 0.75 = 0.1875
        var map = TargetEncoding.Fit(["a", "a", "a", "b"], [true, true, true, false], [0, 1, 2, 3], priorWeight: 1);
        Assert.Equal(0.1875f, map["a"], 1e-6f);
        Assert.Equal((0.75f / 2) - 0.75f, map["b"], 1e-6f);
    }

    [Fact]
    public void OutOfFold_LevelUniquePerRow_EncodesEveryRowAsNoInformation()
    {
        var levels = Enumerable.Range(0, 100).Select(i => $"u{i}").ToList();
        var labels = Enumerable.Range(0, 100).Select(i => i % 3 == 0).ToList();
        var folds = TargetEncoding.Folds(100, 5, new CarbetContext(1).CreateRandom("test"));
        Assert.All(TargetEncoding.OutOfFold(levels, labels, folds, 5, priorWeight: 20), e => Assert.Equal(0f, e));
    }

    [Fact]
    public void OutOfFold_FlipOwnLabel_OwnEncodingUnchanged()
    {
        var levels = Enumerable.Range(0, 60).Select(i => $"l{i % 4}").ToList();
        var labels = Enumerable.Range(0, 60).Select(i => i % 5 < 2).ToList();
        var folds = TargetEncoding.Folds(60, 3, new CarbetContext(2).CreateRandom("test"));
        var before = TargetEncoding.OutOfFold(levels, labels, folds, 3, priorWeight: 5);
        labels[10] = !labels[10];
        var after = TargetEncoding.OutOfFold(levels, labels, folds, 3, priorWeight: 5);
        Assert.Equal(before[10], after[10]);
        Assert.Contains(Enumerable.Range(0, 60), r => before[r] != after[r]);
    }

    [Fact]
    public void CrossValidate_OnlyAColumnUniquePerRow_AucIsChance()
    {
        var request = FeatureData.Write(_folder.File("uid.csv"), 600) with { NumericFeatures = [], CategoricalFeatures = ["uid"], DateFeatures = [] };
        Assert.Equal(ColumnEncoding.TargetEncoded, FeaturePlanner.Plan(request).Columns.Single().Encoding);

        var cv = new FamilyTrainer(new CarbetContext(4)).CrossValidate(request, new LightGbmFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken);

        Assert.InRange(cv.MeanAuc, 0.45, 0.55);
    }

    [Fact]
    public void CrossValidate_CityWithSignal_TargetEncodingLearnsIt()
    {
        var request = FeatureData.Write(_folder.File("city.csv"), 3_000) with { NumericFeatures = [], CategoricalFeatures = ["city"], DateFeatures = [] };
        var cv = new FamilyTrainer(new CarbetContext(4)).CrossValidate(request, new LogisticFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken);
        Assert.InRange(cv.MeanAuc, 0.6, 1.0);
    }
}
