using Carbet.Core;
using Carbet.Modeling.Explanation;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Explanation;

public sealed class PermutationImportanceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("logistic")]
    [InlineData("lightgbm")]
    public void Compute_DecisiveAndNoiseColumns_DecisiveFirstNoiseNearZero(string family)
    {
        var data = ExplanationData.Train(_folder.Path, family);

        var result = PermutationImportance.Compute(data.Fit.Model.ModelFile, data.Request, data.HeldOutCsv, 5, new CarbetContext(3));

        Assert.Equal("x", result.Features[0].Column);
        Assert.InRange(result.Features[0].MeanDrop, 0.1, 0.5);
        Assert.InRange(result.Features.Single(f => f.Column == "noise").MeanDrop, -0.02, 0.02);
        Assert.InRange(result.Features.Single(f => f.Column == "color").MeanDrop, -0.02, 0.02);
        Assert.Equal(3, result.Features.Length);   // color counts once, not per one-hot slot
        Assert.All(result.Features, f => Assert.Equal(5, f.Drops.Length));
        Assert.Equal(data.Fit.Model.TestMetrics["test_auc"], result.Baseline, 3);
        Assert.Equal(500, result.Rows);
    }

    [Fact]
    public void Compute_SameSeed_SameDrops()
    {
        var data = ExplanationData.Train(_folder.Path, "logistic");

        var first = PermutationImportance.Compute(data.Fit.Model.ModelFile, data.Request, data.HeldOutCsv, 3, new CarbetContext(11));
        var second = PermutationImportance.Compute(data.Fit.Model.ModelFile, data.Request, data.HeldOutCsv, 3, new CarbetContext(11));
        var other = PermutationImportance.Compute(data.Fit.Model.ModelFile, data.Request, data.HeldOutCsv, 3, new CarbetContext(12));

        Assert.Equal(first.Features.Select(f => (f.Column, f.Drops.ToArray())), second.Features.Select(f => (f.Column, f.Drops.ToArray())));
        Assert.NotEqual(first.Features.Single(f => f.Column == "x").Drops.ToArray(), other.Features.Single(f => f.Column == "x").Drops.ToArray());
    }

    [Fact]
    public void Compute_MoreHeldOutRowsThanTheCap_ScoresACappedSeededSample()
    {
        var data = ExplanationData.Train(_folder.Path, "logistic");
        var lines = File.ReadAllLines(data.HeldOutCsv);
        var large = _folder.File("large.csv");
        File.WriteAllLines(large, [lines[0], .. Enumerable.Repeat(lines[1..], 30).SelectMany(l => l)]);   // 15,000 rows

        var first = PermutationImportance.Compute(data.Fit.Model.ModelFile, data.Request, large, 2, new CarbetContext(4));
        var second = PermutationImportance.Compute(data.Fit.Model.ModelFile, data.Request, large, 2, new CarbetContext(4));

        Assert.Equal(PermutationImportance.MaxRows, first.Rows);
        Assert.Equal("x", first.Features[0].Column);
        Assert.Equal(data.Fit.Model.TestMetrics["test_auc"], first.Baseline, 1);
        Assert.Equal(first.Baseline, second.Baseline);
        Assert.Equal(first.Features.Select(f => f.Drops.ToArray()), second.Features.Select(f => f.Drops.ToArray()));
    }

    [Fact]
    public void Compute_ZeroRepeats_IsAUserError()
    {
        var data = ExplanationData.Train(_folder.Path, "baseline", rows: 200);
        Assert.Throws<UserErrorException>(() => PermutationImportance.Compute(data.Fit.Model.ModelFile, data.Request, data.HeldOutCsv, 0, new CarbetContext(1)));
    }
}
