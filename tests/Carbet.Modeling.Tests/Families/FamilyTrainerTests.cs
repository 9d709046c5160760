using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Training;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Families;

public sealed class FamilyTrainerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Learners => ["logistic", "lightgbm", "fasttree", "forest", "sdca"];

    public static TheoryData<string> AllFamilies => ["logistic", "lightgbm", "fasttree", "forest", "sdca", "baseline"];

    [Theory]
    [MemberData(nameof(Learners))]
    public void Train_SignalInOneColumn_ScoresWellAboveChance(string name)
    {
        var result = Train(Data(1_500), name, seed: 1);
        var model = result.Model;
        Assert.InRange(model.TestMetrics["test_auc"], 0.75, 1.0);
        Assert.Equal(1_500, model.TrainRows + model.TestRows);
        Assert.NotEmpty(model.ModelFile);
        Assert.Equal(model.TestRows, model.TestProbabilities.Length);
        Assert.All(model.TestProbabilities, p => Assert.InRange(p, 0, 1));
        Assert.True(result.InferencePerRow > TimeSpan.Zero);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: auc {model.TestMetrics["test_auc"]:F3}, fit {model.FitTime.TotalMilliseconds:F0} ms, {result.InferencePerRow.TotalMicroseconds:F1} µs/row"));
    }

    [Fact]
    public void Train_Baseline_PredictsThePositiveRate()
    {
        var model = Train(Data(1_500), "baseline", seed: 1).Model;
        Assert.InRange(model.TestMetrics["test_auc"], 0.49, 0.51);
        Assert.Single(model.TestProbabilities.Distinct());
        Assert.InRange(model.TestProbabilities[0], 0.35, 0.65);
    }

    [Fact]
    public void Train_TestCsvGiven_TrainsOnEveryRowAndScoresThatFile()
    {
        var train = Data(600);
        var test = FamilyData.Write(_folder.File("held-out.csv"), 150, signal: 3.0);

        var model = Train(train with { TestCsvPath = test.CsvPath }, "logistic", seed: 1).Model;

        Assert.Equal((600, 150), (model.TrainRows, model.TestRows));
        Assert.Equal(150, model.TestLabels.Length);
        Assert.InRange(model.TestMetrics["test_auc"], 0.75, 1.0);
    }

    [Theory]
    [MemberData(nameof(AllFamilies))]
    public void Train_SameSeedTwice_SameMetrics(string name)
    {
        var request = Data(600);
        var a = Train(request, name, seed: 5).Model;
        var b = Train(request, name, seed: 5).Model;
        Assert.Equal(a.TestMetrics, b.TestMetrics);
        Assert.Equal(a.TestProbabilities, b.TestProbabilities);
    }

    [Theory]
    [InlineData("logistic")]
    [InlineData("lightgbm")]
    public void CrossValidate_FiveFolds_StratifiedWithMeanWithinFolds(string name)
    {
        var request = Data(1_000);
        var result = new FamilyTrainer(new CarbetContext(3)).CrossValidate(request, ModelFamilies.Get(name), HyperParameters.None, 5, TestContext.Current.CancellationToken);
        Assert.Equal([0, 1, 2, 3, 4], result.Folds.Select(f => f.Index));
        Assert.Equal(1_000, result.Folds.Sum(f => f.TestRows));
        Assert.All(result.Folds, f => Assert.Equal(1_000, f.TrainRows + f.TestRows));
        Assert.InRange(result.MeanAuc, result.Folds.Min(f => f.Auc), result.Folds.Max(f => f.Auc));
        Assert.InRange(result.MeanAuc, 0.75, 1.0);
        Assert.True(result.StdAuc >= 0);
        var overall = (double)result.Folds.Sum(f => f.TestPositives) / 1_000;
        Assert.All(result.Folds, f => Assert.InRange(f.PositiveShare, overall - 0.02, overall + 0.02));
    }

    [Fact]
    public void CrossValidate_SameSeedTwice_SameFolds()
    {
        var request = Data(600);
        var family = ModelFamilies.Get("sdca");
        var a = new FamilyTrainer(new CarbetContext(9)).CrossValidate(request, family, HyperParameters.None, 3, TestContext.Current.CancellationToken);
        var b = new FamilyTrainer(new CarbetContext(9)).CrossValidate(request, family, HyperParameters.None, 3, TestContext.Current.CancellationToken);
        Assert.Equal(a.Folds.Select(f => (f.Auc, f.TestPositives)), b.Folds.Select(f => (f.Auc, f.TestPositives)));
    }

    [Fact]
    public void CrossValidate_OneFold_UserError()
    {
        var error = Assert.Throws<UserErrorException>(() => new FamilyTrainer(new CarbetContext(1))
            .CrossValidate(Data(200), new LogisticFamily(), HyperParameters.None, 1, TestContext.Current.CancellationToken));
        Assert.Contains("2 to 20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_ValueOutOfRange_UserErrorNamingIt()
    {
        var values = new HyperParameters(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("leaves", 1.0)]));
        var error = Assert.Throws<UserErrorException>(() => new FamilyTrainer(new CarbetContext(1))
            .Train(Data(200), new LightGbmFamily(), values, TestContext.Current.CancellationToken));
        Assert.Contains("'leaves'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_UnknownParameter_UserErrorListingParameters()
    {
        var values = new HyperParameters(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("depth", 3.0)]));
        var error = Assert.Throws<UserErrorException>(() => new FamilyTrainer(new CarbetContext(1))
            .Train(Data(200), new FastForestFamily(), values, TestContext.Current.CancellationToken));
        Assert.Contains("trees, leaves", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_GivenValue_RecordedWithDefaultsForTheRest()
    {
        var values = new HyperParameters(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("iterations", 60.0)]));
        var result = new FamilyTrainer(new CarbetContext(1)).Train(Data(300), new LightGbmFamily(), values, TestContext.Current.CancellationToken);
        Assert.Equal(60, result.Parameters.Values["iterations"]);
        Assert.Equal(31, result.Parameters.Values["leaves"]);
    }

    private static FamilyTrainingResult Train(BinaryTrainingRequest request, string name, int seed) =>
        new FamilyTrainer(new CarbetContext(seed)).Train(request, ModelFamilies.Get(name), HyperParameters.None, TestContext.Current.CancellationToken);

    private BinaryTrainingRequest Data(int rows) => FamilyData.Write(_folder.File($"families-{rows}.csv"), rows, signal: 3.0);
}
