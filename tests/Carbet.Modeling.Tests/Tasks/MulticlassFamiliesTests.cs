using Carbet.Core;
using Carbet.Evaluation.Classification;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tasks;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Tasks;

public sealed class MulticlassFamiliesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TaskTrainer _trainer = new(new CarbetContext(11));

    public void Dispose() => _folder.Dispose();

    private MulticlassEvaluation Test(TaskTrainingRequest request, string family)
    {
        var fit = _trainer.Fit(request, TaskFamilies.Get(TaskKind.Multiclass, family), HyperParameters.None, TestContext.Current.CancellationToken);
        Assert.Equal(fit.Test.Rows * 3, fit.Test.Scores.Length);
        return MulticlassMetrics.Compute(fit.Test.Scores.AsSpan(), fit.Test.Classes.AsSpan(), 3);
    }

    [Theory]
    [InlineData("logistic")]
    [InlineData("lightgbm")]
    [InlineData("sdca")]
    [InlineData("forest")]
    public void Fit_LearnableClasses_MacroF1WellAboveTheBaseline(string family)
    {
        var request = TaskCsv.Multiclass(_folder.Path);
        var baseline = Test(request, "baseline");
        var model = Test(request, family);
        Assert.True(model.F1Macro > baseline.F1Macro + 0.3, $"{family} macro-F1 {model.F1Macro}, baseline {baseline.F1Macro}");
        Assert.True(model.RocAucOneVsRestMacro > 0.8, $"{family} one-vs-rest AUC {model.RocAucOneVsRestMacro}");
    }

    [Fact]
    public void Fit_Baseline_PredictsTheTrainingClassFrequencies()
    {
        var request = TaskCsv.Multiclass(_folder.Path);
        var fit = _trainer.Fit(request, new MulticlassBaselineFamily(), HyperParameters.None, TestContext.Current.CancellationToken);
        var train = File.ReadLines(request.CsvPath).Skip(1).Select(l => int.Parse(l.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var k = 0; k < 3; k++)
        {
            var share = train.Count(c => c == k) / (double)train.Count;
            Assert.InRange(fit.Test.Scores[k], share - 0.01, share + 0.01);
            Assert.InRange(fit.Test.Scores[3 + k], share - 0.01, share + 0.01);
        }
    }

    [Fact]
    public void CrossValidate_ThreeFolds_StratifiedAndEveryRowPredictedOnce()
    {
        var request = TaskCsv.Multiclass(_folder.Path);
        var cv = _trainer.CrossValidate(request, new MulticlassLightGbmFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken);
        Assert.Equal("stratified", cv.Method);
        Assert.Equal(288, cv.Folds.Sum(f => f.Predictions.Rows));
        var all = File.ReadLines(request.CsvPath).Skip(1).Select(l => l.Split(',')[^1]).ToList();
        foreach (var fold in cv.Folds)
        {
            for (var k = 0; k < 3; k++)
            {
                var expected = all.Count(c => c == k.ToString(System.Globalization.CultureInfo.InvariantCulture)) / 3.0;
                Assert.InRange(fold.Predictions.Classes.Count(c => c == k), expected - 1, expected + 1);
            }
        }
    }

    [Fact]
    public void Fit_SameSeedTwice_SamePredictions()
    {
        var request = TaskCsv.Multiclass(_folder.Path);
        var ct = TestContext.Current.CancellationToken;
        var first = _trainer.Fit(request, new MulticlassLightGbmFamily(), HyperParameters.None, ct);
        var second = new TaskTrainer(new CarbetContext(11)).Fit(request, new MulticlassLightGbmFamily(), HyperParameters.None, ct);
        Assert.Equal(first.Test.Scores, second.Test.Scores);
    }

    [Fact]
    public void Fit_RegressionFamilyOnMulticlass_UserErrorNamingTheFamilies()
    {
        var request = TaskCsv.Multiclass(_folder.Path);
        var error = Assert.Throws<UserErrorException>(() => _trainer.Fit(request, new RegressionFastTreeFamily(), HyperParameters.None, TestContext.Current.CancellationToken));
        Assert.Contains("logistic", error.Fix, StringComparison.Ordinal);
    }
}
