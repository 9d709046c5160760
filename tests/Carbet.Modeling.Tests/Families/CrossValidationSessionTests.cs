using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Testing;

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
}
