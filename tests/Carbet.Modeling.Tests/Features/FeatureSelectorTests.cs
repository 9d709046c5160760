using Carbet.Core;
using Carbet.Modeling.Features;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Features;

public sealed class FeatureSelectorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Select_NoiseAmongSignal_TriesTheWeakestAndKeepsTheSignal()
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 800) with
        {
            CategoricalFeatures = ["color"],
            DateFeatures = [],
            Features = new FeatureOptions { Selection = new FeatureSelectionOptions { Candidates = 2, Tolerance = 0.005 } },
        };

        var result = new FeatureSelector(new CarbetContext(1)).Select(request, 3, TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Trials.Length);
        Assert.DoesNotContain(result.Trials, t => t.Column == "x");
        Assert.Contains("x", result.Kept);
        Assert.Equal(result.Kept, result.Apply(request).NumericFeatures.Concat(result.Apply(request).CategoricalFeatures));
        Assert.All(result.Trials.Where(t => t.Dropped), t => Assert.True(t.AucEffect > -0.005));
        Assert.All(result.Trials, t => Assert.Matches(@"^(dropped|kept): AUC [+-]?\d\.\d{4}, fit time [+-]?\d+\.\d\d s$", t.Describe()));
        Assert.InRange(result.BaselineAuc, 0.7, 1.0);
    }
}
