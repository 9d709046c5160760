using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Features;
using Carbet.Modeling.Tests.Families;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Boosting;

public sealed class NativeLightGbmTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(-1)]    // the defaults
    [InlineData(0)]     // slow learning, row and column sampling
    [InlineData(1)]     // small, strongly regularised trees
    [InlineData(2)]     // trees of 4 leaves
    [InlineData(3)]     // fast, larger trees
    public void Evaluate_CApiFolds_SameAucAsTheMlNetTrainer(int portfolioEntry)
    {
        var request = CompleteData.Write(_folder.File("complete.csv"), 1200) with
        {
            Features = new FeatureOptions { ClassWeights = ClassWeighting.Balanced, MaxOneHot = 10 },
        };
        var family = new LightGbmFamily();
        var values = FamilyTrainer.Complete(family, portfolioEntry < 0 ? null : family.Portfolio[portfolioEntry]);
        var ct = TestContext.Current.CancellationToken;

        var session = new CrossValidationSession(new CarbetContext(8), request, 3);
        var native = session.Evaluate(family, values, afterFold: null, ct);
        var mlNet = new CrossValidationSession(new CarbetContext(8), request, 3) { NativeBoosting = false };
        var reference = mlNet.Evaluate(family, values, afterFold: null, ct);

        Assert.Equal(3, session.NativeFits);
        Assert.Equal(0, mlNet.NativeFits);

        Assert.Equal(reference.Folds.Select(f => (f.Auc, f.TrainRows, f.TestRows, f.TestPositives)),
            native.Folds.Select(f => (f.Auc, f.TrainRows, f.TestRows, f.TestPositives)));
        Assert.All(native.Folds, f => Assert.InRange(f.Auc, 0.6, 1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Evaluate_CApiFoldsWithCurves_SameAucsAndCurvesAsTheMlNetModel(int portfolioEntry)
    {
        var request = CompleteData.Write(_folder.File("complete.csv"), 1200) with { Features = new FeatureOptions { MaxOneHot = 10 } };
        var family = new LightGbmFamily();
        var values = FamilyTrainer.Complete(family, portfolioEntry < 0 ? null : family.Portfolio[portfolioEntry]);
        var ct = TestContext.Current.CancellationToken;

        var session = new CrossValidationSession(new CarbetContext(8), request, 3);
        var native = session.Evaluate(family, values, afterFold: null, ct, withCurves: true);
        var reference = new CrossValidationSession(new CarbetContext(8), request, 3) { NativeBoosting = false }.Evaluate(family, values, afterFold: null, ct, withCurves: true);

        Assert.Equal(3, session.NativeFits);
        Assert.Equal(reference.Folds.Select(f => f.Auc), native.Folds.Select(f => f.Auc));
        Assert.Equal(reference.Curves.Select(c => c.Name), native.Curves.Select(c => c.Name));
        foreach (var (expected, actual) in reference.Curves.Zip(native.Curves))
        {
            Assert.Equal(expected.Points.Select(p => p.Step), actual.Points.Select(p => p.Step));
            Assert.All(expected.Points.Zip(actual.Points), p => Assert.Equal(p.First.Value, p.Second.Value, 1e-5));
        }
    }

    [Fact]
    public void Evaluate_MissingValues_KeepsTheMlNetTrainer()
    {
        // the x column has blanks; ML.NET routes a missing value down its trees its own way, so only its trainer gives
        // the scores the registered model will give
        var request = FamilyData.Write(_folder.File("blanks.csv"), 600, signal: 2.0);
        var family = new LightGbmFamily();
        var values = FamilyTrainer.Complete(family, null);
        var ct = TestContext.Current.CancellationToken;

        var session = new CrossValidationSession(new CarbetContext(9), request, 3);
        var result = session.Evaluate(family, values, afterFold: null, ct);
        var reference = new CrossValidationSession(new CarbetContext(9), request, 3) { NativeBoosting = false }.Evaluate(family, values, afterFold: null, ct);

        Assert.Equal(0, session.NativeFits);
        Assert.Equal(reference.Folds.Select(f => f.Auc), result.Folds.Select(f => f.Auc));
    }

    [Fact]
    public void NativeParameters_NameEveryValueOfTheTrainer()
    {
        var family = new LightGbmFamily();
        var values = FamilyTrainer.Complete(family, family.Portfolio[0]);

        var parameters = LightGbmFamily.NativeParameters(values, seed: 17).Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

        Assert.Equal("600", LightGbmFamily.IterationsOf(values).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.02", parameters["learning_rate"]);
        Assert.Equal("31", parameters["num_leaves"]);
        Assert.Equal("0.85", parameters["subsample"]);
        Assert.Equal("1", parameters["subsample_freq"]);
        Assert.Equal("0.5", parameters["sigmoid"]);
        Assert.Equal("17", parameters["seed"]);
        Assert.Equal("1", parameters["nthread"]);
    }
}
