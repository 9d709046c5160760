using Carbet.Core;
using Carbet.Evaluation.Regression;
using Carbet.Modeling.Families;
using Carbet.Modeling.Features;
using Carbet.Modeling.Tasks;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Tasks;

public sealed class RegressionFamiliesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TaskTrainer _trainer = new(new CarbetContext(11));

    public void Dispose() => _folder.Dispose();

    private RegressionEvaluation Test(TaskTrainingRequest request, string family)
    {
        var fit = _trainer.Fit(request, TaskFamilies.Get(TaskKind.Regression, family), HyperParameters.None, TestContext.Current.CancellationToken);
        return RegressionMetrics.Compute(fit.Test.Actual.AsSpan(), fit.Test.Scores.AsSpan());
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    [InlineData("forest")]
    [InlineData("sdca")]
    public void Fit_LinearTarget_R2WellAboveZero(string family)
    {
        var request = TaskCsv.Regression(_folder.Path);
        var model = Test(request, family);
        Assert.True(model.R2 > 0.7, $"{family} R² {model.R2}");
    }

    [Fact]
    public void Fit_Baseline_PredictsTheTrainingMeanSoR2NearZero()
    {
        var request = TaskCsv.Regression(_folder.Path);
        var fit = _trainer.Fit(request, new RegressionBaselineFamily(), HyperParameters.None, TestContext.Current.CancellationToken);
        var mean = File.ReadLines(request.CsvPath).Skip(1).Average(l => double.Parse(l.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(fit.Test.Scores, p => Assert.InRange(p, mean - 0.01, mean + 0.01));
        Assert.InRange(RegressionMetrics.Compute(fit.Test.Actual.AsSpan(), fit.Test.Scores.AsSpan()).R2, -0.1, 0.05);
    }

    [Fact]
    public void CrossValidate_ThreeFolds_RandomFoldsCoverEveryRowOnce()
    {
        var request = TaskCsv.Regression(_folder.Path);
        var cv = _trainer.CrossValidate(request, new RegressionSdcaFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken);
        Assert.Equal("random", cv.Method);
        Assert.Equal([96, 96, 96], cv.Folds.Select(f => f.Predictions.Rows));
        var actual = File.ReadLines(request.CsvPath).Skip(1).Select(l => double.Parse(l.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(actual.Select(a => (float)a), cv.Folds.SelectMany(f => f.Predictions.Actual).Select(a => (float)a).Order());
    }

    [Fact]
    public void CrossValidate_SameSeedTwice_SamePredictions()
    {
        var request = TaskCsv.Regression(_folder.Path);
        var ct = TestContext.Current.CancellationToken;
        var first = _trainer.CrossValidate(request, new RegressionLightGbmFamily(), HyperParameters.None, 3, ct);
        var second = new TaskTrainer(new CarbetContext(11)).CrossValidate(request, new RegressionLightGbmFamily(), HyperParameters.None, 3, ct);
        Assert.Equal(first.Folds.SelectMany(f => f.Predictions.Scores), second.Folds.SelectMany(f => f.Predictions.Scores));
    }

    [Fact]
    public void Plan_HighCardinalityCategory_HashedNotTargetEncoded()
    {
        var request = TaskCsv.Regression(_folder.Path) with { Features = FeatureOptions.Default with { MaxOneHot = 2 } };
        var plan = TaskTrainer.Plan(request);
        Assert.Equal(ColumnEncoding.Hashed, plan.Columns.Single(c => c.Column == "shade").Encoding);
        Assert.True(plan.Columns.Single(c => c.Column == "x1").MissingIndicator);
    }
}
