using Carbet.Core;
using Carbet.Modeling.Curves;
using Carbet.Modeling.Families;
using Carbet.Modeling.Features;
using Carbet.Modeling.Tests.Families;
using Carbet.Modeling.Training;
using Carbet.Testing;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Tests.Curves;

public sealed class BoostingCurvesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    public void Final_AllTrees_MatchesMlNetScoreAndProbability(string name)
    {
        var (ml, model, data) = Fit(name, rows: 800);
        var scorer = StagedScorer.TryCreate(model, data, "Label");

        Assert.NotNull(scorer);
        var (scores, probabilities) = scorer.Final();
        var scored = model.Transform(data);
        var expectedScores = scored.GetColumn<float>("Score").ToArray();
        var expectedProbabilities = scored.GetColumn<float>("Probability").ToArray();
        Assert.Equal(expectedScores.Length, scores.Length);
        Assert.All(Enumerable.Range(0, scores.Length), i => Assert.Equal(expectedScores[i], scores[i], 1e-5));
        Assert.All(Enumerable.Range(0, scores.Length), i => Assert.Equal(expectedProbabilities[i], probabilities[i], 1e-5));
        // blank x cells reach the trees as NaN, so the missing-value routing is exercised
        Assert.Contains(ml.Data.CreateEnumerable<XRow>(data, reuseRowObject: false), r => float.IsNaN(r.X));
    }

    [Fact]
    public void Compute_LightGbm_LogLossFallsAndTheLastPointHasEveryTree()
    {
        var (_, model, data) = Fit("lightgbm", rows: 600);

        var curves = BoostingCurves.Compute(model, data, maxPoints: 50);

        Assert.Equal([CurveNames.LogLoss, CurveNames.Auc], curves.Select(c => c.Name));
        var logLoss = curves[0].Points;
        Assert.Equal(1, logLoss[0].Step);
        Assert.Equal(200, logLoss[^1].Step);   // the family's default iterations
        Assert.InRange(logLoss.Length, 2, 52);
        Assert.True(logLoss[^1].Value < logLoss[0].Value);
        Assert.All(curves[1].Points, p => Assert.InRange(p.Value, 0.5, 1.0));
    }

    [Fact]
    public void Compute_Logistic_GivesNoCurve()
    {
        var (_, model, data) = Fit("logistic", rows: 300);
        Assert.Empty(BoostingCurves.Compute(model, data));
    }

    [Fact]
    public void CrossValidate_LightGbm_IterationCurvesEndAtTheFoldsMeanAuc()
    {
        var request = FamilyData.Write(_folder.File("cv.csv"), 600, signal: 3.0);

        var cv = new FamilyTrainer(new CarbetContext(3)).CrossValidate(request, new LightGbmFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken);

        Assert.Equal([CurveNames.FoldAuc, CurveNames.CvLogLoss, CurveNames.CvAuc], cv.Curves.Select(c => c.Name));
        Assert.Equal(cv.Folds.Select(f => (long)f.Index), cv.Curves[0].Points.Select(p => p.Step));
        Assert.Equal(cv.Folds.Select(f => f.Auc), cv.Curves[0].Points.Select(p => p.Value));
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), cv.Curves[2].Points.Select(p => p.Step));
        Assert.Equal(cv.MeanAuc, cv.Curves[2].Points[^1].Value, 1e-6);
    }

    [Fact]
    public void CrossValidate_Logistic_HasOnlyTheFoldCurve()
    {
        var request = FamilyData.Write(_folder.File("cv.csv"), 300, signal: 3.0);

        var cv = new FamilyTrainer(new CarbetContext(3)).CrossValidate(request, new LogisticFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken);

        Assert.Equal(CurveNames.FoldAuc, Assert.Single(cv.Curves).Name);
        Assert.Equal(3, cv.Curves[0].Points.Length);
    }

    [Fact]
    public void Average_FoldStoppedEarly_CountsItsLastValueAtLaterIterations()
    {
        StagedMetrics full = new([1, 2, 3], [0.6, 0.5, 0.4], [0.7, 0.8, 0.9]);
        StagedMetrics early = new([1, 2], [0.8, 0.6], [0.6, 0.7]);

        var curves = BoostingCurves.Average([full, early], CurveNames.CvLogLoss, CurveNames.CvAuc);

        Assert.Equal([1L, 2, 3], curves[0].Points.Select(p => p.Step));
        Assert.Equal([0.7, 0.55, 0.5], curves[0].Points.Select(p => Math.Round(p.Value, 12)));
        Assert.Equal([0.65, 0.75, 0.8], curves[1].Points.Select(p => Math.Round(p.Value, 12)));
    }

    [Theory]
    [InlineData(7, 200, 7)]
    [InlineData(200, 200, 200)]
    [InlineData(1000, 200, 201)]
    [InlineData(999, 200, 201)]
    public void Iterations_ManyTrees_SamplesFirstAndLastAndAtMostAboutMaxPoints(int trees, int maxPoints, int count)
    {
        var iterations = BoostingCurves.Iterations(trees, maxPoints);
        Assert.Equal(count, iterations.Length);
        Assert.Equal((1, trees), (iterations[0], iterations[^1]));
        Assert.Equal(iterations.Order(), iterations);
    }

    private (MLContext Ml, ITransformer Model, IDataView Data) Fit(string name, int rows)
    {
        var request = FamilyData.Write(_folder.File($"{name}.csv"), rows, signal: 3.0);
        var ml = new MLContext(1);
        var data = ml.Data.Cache(TrainingData.Load(ml, request));
        var family = ModelFamilies.Get(name);
        var plan = FeaturePlanner.Plan(request, data);
        return (ml, FeaturePipeline.Fit(ml, data, plan, family, HyperParameters.Default(family.Space), 7, new CarbetContext(7).CreateRandom("encoding")), data);
    }

    private sealed class XRow
    {
        [ColumnName("x")]
        public float X { get; set; }
    }
}
