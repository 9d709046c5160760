using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Features;
using Carbet.Modeling.Tests.Features;
using Carbet.Modeling.Tests.Neural;
using Carbet.Modeling.Training;
using Carbet.Testing;

using Microsoft.ML;

namespace Carbet.Modeling.Tests.Families;

public sealed class CrossValidationSessionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Evaluate_Defaults_SameFoldsAsCrossValidate()
    {
        var request = FamilyData.Write(_folder.File("cv.csv"), 600, signal: 3.0);
        var family = ModelFamilies.Get("lightgbm");
        var ct = TestContext.Current.CancellationToken;

        var direct = new FamilyTrainer(new CarbetContext(4)).CrossValidate(request, family, HyperParameters.None, 3, ct);
        var session = new CrossValidationSession(new CarbetContext(4), request, 3);
        var first = session.Evaluate(family, FamilyTrainer.Complete(family, null), afterFold: null, ct);
        var second = session.Evaluate(family, FamilyTrainer.Complete(family, null), afterFold: null, ct);

        Assert.Equal(direct.Folds.Select(f => (f.Auc, f.TestRows)), first.Folds.Select(f => (f.Auc, f.TestRows)));
        Assert.Equal(first.Folds.Select(f => f.Auc), second.Folds.Select(f => f.Auc));
    }

    [Fact]
    public void Evaluate_CallbackStops_RemainingFoldsSkippedAndRunningMeansReported()
    {
        var session = new CrossValidationSession(new CarbetContext(4), FamilyData.Write(_folder.File("stop.csv"), 600, signal: 3.0), 5);
        var seen = new List<(int Fold, double Mean)>();

        var result = session.Evaluate(new LogisticFamily(), HyperParameters.None, (fold, mean) =>
        {
            seen.Add((fold, mean));
            return fold == 1;
        }, TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Folds.Length);
        Assert.Equal([0, 1], seen.Select(s => s.Fold));
        Assert.Equal(result.Folds[0].Auc, seen[0].Mean, 12);
        Assert.Equal(result.MeanAuc, seen[1].Mean, 12);
    }

    [Theory]
    [InlineData("lightgbm")]     // target encoding and class weights
    [InlineData("logistic")]     // the same, with missing values filled and features scaled
    [InlineData("sdca")]         // scaled, and shuffled by the trainer
    [InlineData("forest")]       // a calibrator fitted after the trainer
    [InlineData("fasttree")]
    [InlineData("mlp")]
    public void Evaluate_ReusedFeatures_SameAucPerFoldAsTheWholeChain(string name)
    {
        if (name == "mlp")
            TorchAvailable.Require();
        var request = FeatureData.Write(_folder.File("imbalanced.csv"), 900, positiveShare: 0.15) with
        {
            Features = new FeatureOptions { ClassWeights = ClassWeighting.Balanced },
        };
        var family = ModelFamilies.Get(name);
        var values = FamilyTrainer.Complete(family, null);
        var ct = TestContext.Current.CancellationToken;
        var reused = new CrossValidationSession(new CarbetContext(5), request, 3);
        var whole = new CrossValidationSession(new CarbetContext(5), request, 3) { ReuseFeatures = false };

        var first = reused.Evaluate(family, values, afterFold: null, ct, withCurves: true);
        var again = reused.Evaluate(family, values, afterFold: null, ct, withCurves: true);
        var reference = whole.Evaluate(family, values, afterFold: null, ct, withCurves: true);

        var planned = FeaturePlanner.Plan(request, TrainingData.Load(new MLContext(0), request));
        Assert.NotNull(planned.PositiveWeight);
        Assert.NotEmpty(planned.Of(ColumnEncoding.TargetEncoded));
        Assert.Equal(reference.Folds.Select(f => (f.Auc, f.TrainRows, f.TestRows, f.TestPositives)), first.Folds.Select(f => (f.Auc, f.TrainRows, f.TestRows, f.TestPositives)));
        Assert.Equal(first.Folds.Select(f => f.Auc), again.Folds.Select(f => f.Auc));
        Assert.Equal(reference.Curves[0].Points, first.Curves[0].Points);
    }

    [Fact]
    public void Evaluate_ReusedFeaturesWithCurves_SameBoostingCurvesAsTheWholeChain()
    {
        var request = FamilyData.Write(_folder.File("curves.csv"), 600, signal: 2.0);
        var family = ModelFamilies.Get("lightgbm");
        var values = FamilyTrainer.Complete(family, null);
        var ct = TestContext.Current.CancellationToken;

        var reused = new CrossValidationSession(new CarbetContext(6), request, 3).Evaluate(family, values, afterFold: null, ct, withCurves: true);
        var whole = new CrossValidationSession(new CarbetContext(6), request, 3) { ReuseFeatures = false }.Evaluate(family, values, afterFold: null, ct, withCurves: true);

        Assert.Equal(3, whole.Curves.Length);
        Assert.Equal(whole.Curves.Select(c => c.Name), reused.Curves.Select(c => c.Name));
        Assert.Equal(whole.Curves.SelectMany(c => c.Points), reused.Curves.SelectMany(c => c.Points));
    }

    [Fact]
    public void Evaluate_ConcurrentTrials_FeaturizeOnceAndAgree()
    {
        var session = new CrossValidationSession(new CarbetContext(7), FamilyData.Write(_folder.File("concurrent.csv"), 600, signal: 2.0), 3);
        var family = ModelFamilies.Get("lightgbm");
        var values = FamilyTrainer.Complete(family, null);
        var ct = TestContext.Current.CancellationToken;
        var results = new CrossValidationResult[4];

        Parallel.For(0, results.Length, i => results[i] = session.Evaluate(family, values, afterFold: null, ct));

        Assert.All(results, r => Assert.Equal(results[0].Folds.Select(f => f.Auc), r.Folds.Select(f => f.Auc)));
    }
}
