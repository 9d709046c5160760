using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Features;
using Carbet.Modeling.Training;
using Carbet.Testing;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Tests.Features;

public sealed class FeaturePipelineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Train_Timestamps_SavedModelLoadsAndSplitsDates()
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 300, timestamps: true);
        var parts = Column(Scored(request, seed: 1), "when.parts");
        Assert.Equal([2024f, 1f, 0f, 0f], parts[0]);      // 2024-01-01T00:00, a Monday
        Assert.Equal([2024f, 1f, 1f, 11f], parts[5]);     // 35 hours later: Tuesday 11:00
        Assert.Equal([2024f, 2f, 1f, 18f], parts[150]);   // 1050 hours later: Tuesday 2024-02-13T18:00
    }

    [Fact]
    public void Train_HashedCity_SameSlotsWhateverTheSeed()
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 300) with { Features = new FeatureOptions { HighCardinality = HighCardinalityEncoding.Hash, HashBits = 8 } };
        var a = Column(Scored(request, seed: 1), "city.hash");
        var b = Column(Scored(request, seed: 99), "city.hash");
        Assert.Equal(a, b);
        Assert.All(a, slots => Assert.Equal(1f, slots.Sum()));
        Assert.True(a.Select(s => Array.IndexOf(s, 1f)).Distinct().Count() > 60, "hashed levels should spread over many slots");
    }

    [Fact]
    public void Train_BlanksInX_IndicatorOnlyForX()
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 300);
        var scored = Scored(request, seed: 1);
        Assert.NotNull(scored.Schema.GetColumnOrNull("x.missing"));
        Assert.Null(scored.Schema.GetColumnOrNull("noise.missing"));
        var flags = scored.GetColumn<float>("x.missing").ToList();
        Assert.Equal(1f, flags[7]);
        Assert.Equal(0f, flags[8]);
    }

    [Fact]
    public void Train_TargetEncodedCity_UnseenLevelScoresAsTheOverallRate()
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 600) with { NumericFeatures = [], CategoricalFeatures = ["city"], DateFeatures = [] };
        var fresh = FeatureData.Write(_folder.File("fresh.csv"), 5, seed: 7);
        File.WriteAllText(fresh.CsvPath, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(fresh.CsvPath), ",c([0-9]+),", ",new$1,"));

        var encoded = Scored(request, seed: 1, rows: request with { CsvPath = fresh.CsvPath }).GetColumn<float>("city.target").ToList();

        Assert.Equal(5, encoded.Count);
        Assert.All(encoded, e => Assert.Equal(0f, e));
    }

    [Theory]
    [InlineData("logistic")]
    [InlineData("lightgbm")]
    public void Train_ImbalancedWithClassWeights_MinorityRecallRises(string family)
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 4_000, positiveShare: 0.06) with { CategoricalFeatures = ["color"], DateFeatures = [] };
        var unweighted = Fit(request with { Features = new FeatureOptions { ClassWeights = ClassWeighting.None } }, family);
        var weighted = Fit(request with { Features = new FeatureOptions { ClassWeights = ClassWeighting.Auto } }, family);
        Assert.True(weighted.TestMetrics["test_recall"] > unweighted.TestMetrics["test_recall"] + 0.2,
            $"recall {unweighted.TestMetrics["test_recall"]} unweighted, {weighted.TestMetrics["test_recall"]} weighted");
    }

    private static TrainedBinaryModel Fit(BinaryTrainingRequest request, string family) =>
        new FamilyTrainer(new CarbetContext(1)).Train(request, ModelFamilies.Get(family), HyperParameters.None, TestContext.Current.CancellationToken).Model;

    private static IDataView Scored(BinaryTrainingRequest request, int seed, BinaryTrainingRequest? rows = null)
    {
        var model = new FamilyTrainer(new CarbetContext(seed)).Train(request, new LightGbmFamily(), HyperParameters.None, TestContext.Current.CancellationToken).Model;
        var ml = new MLContext(0);
        using var file = new MemoryStream(model.ModelFile);
        var loaded = FeatureModels.Load(ml, file, out _);
        return loaded.Transform(TrainingData.Load(ml, rows ?? request));
    }

    private static List<float[]> Column(IDataView data, string name) =>
        [.. data.GetColumn<VBuffer<float>>(name).Select(v => v.DenseValues().ToArray())];
}
