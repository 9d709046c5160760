using Carbet.Core;
using Carbet.Evaluation.Regression;
using Carbet.Modeling.Curves;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tasks;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Tasks;

public sealed class RegressionBoostingCurvesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TaskTrainer _trainer = new(new CarbetContext(11));

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    public void CrossValidate_WithCurves_RmseByIterationEndsAtTheFoldModelsRmse(string family)
    {
        var request = TaskCsv.Regression(_folder.Path);
        var cv = _trainer.CrossValidate(request, TaskFamilies.Get(TaskKind.Regression, family), HyperParameters.None, 3, TestContext.Current.CancellationToken,
            withCurves: true);

        var curve = Assert.Single(cv.Curves);
        Assert.Equal(CurveNames.CvRmse, curve.Name);
        Assert.Equal(1, curve.Points[0].Step);
        // after every tree the staged prediction is the model's own Score, so the last point is the mean fold RMSE
        var foldRmse = cv.Folds.Average(f => RegressionMetrics.Compute(f.Predictions.Actual.AsSpan(), f.Predictions.Scores.AsSpan()).RootMeanSquaredError);
        Assert.Equal(foldRmse, curve.Points[^1].Value, 4);
        Assert.True(curve.Points[0].Value > 2 * curve.Points[^1].Value, $"RMSE after one tree {curve.Points[0].Value}, at the end {curve.Points[^1].Value}");
        Assert.Equal(curve.Points.Select(p => p.Step).Order(), curve.Points.Select(p => p.Step));
    }

    [Fact]
    public void CrossValidate_LinearFamilyOrNoCurvesAsked_NoCurve()
    {
        var request = TaskCsv.Regression(_folder.Path);
        var ct = TestContext.Current.CancellationToken;

        Assert.Empty(_trainer.CrossValidate(request, new RegressionSdcaFamily(), HyperParameters.None, 3, ct, withCurves: true).Curves);
        Assert.Empty(_trainer.CrossValidate(request, TaskFamilies.Get(TaskKind.Regression, "lightgbm"), HyperParameters.None, 3, ct).Curves);
    }
}
