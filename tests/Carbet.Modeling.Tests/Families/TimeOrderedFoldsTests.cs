using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tests.Features;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Families;

public sealed class TimeOrderedFoldsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TimeOrderedOf_ShuffledDates_NeverTrainsOnRowsAfterTheTestBlock()
    {
        var random = new CarbetContext(3).CreateRandom("test");
        var times = Enumerable.Range(0, 103).Select(i => new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        random.Shuffle(times);
        var labels = Enumerable.Range(0, 103).Select(i => i % 3 == 0).ToList();

        var splits = CrossValidationSplits.TimeOrderedOf(times, labels, 4, "when");

        Assert.Equal(CrossValidationSplits.TimeOrdered, splits.Method);
        Assert.Equal(4, splits.Folds.Length);
        for (var k = 0; k < 4; k++)
        {
            var (train, test) = splits.Folds[k];
            var trainTimes = Enumerable.Range(0, 103).Where(r => train[r]).Select(r => times[r]).ToList();
            var testTimes = Enumerable.Range(0, 103).Where(r => test[r]).Select(r => times[r]).ToList();
            Assert.Equal(20, testTimes.Count);                             // 103 / (4 + 1)
            Assert.Equal(23 + (20 * k), trainTimes.Count);                 // expanding window
            Assert.True(string.CompareOrdinal(trainTimes.Max(), testTimes.Min()) < 0, $"fold {k} trains on a row after its test block");
            Assert.DoesNotContain(Enumerable.Range(0, 103), r => train[r] && test[r]);
        }
    }

    [Fact]
    public void TimeOrderedOf_BlockWithOneClass_UserError()
    {
        var times = Enumerable.Range(0, 30).Select(i => i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var labels = Enumerable.Range(0, 30).Select(i => i < 10 && i % 2 == 0).ToList();
        var error = Assert.Throws<UserErrorException>(() => CrossValidationSplits.TimeOrderedOf(times, labels, 2, "when"));
        Assert.Contains("'when'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossValidate_TimeColumn_TimeOrderedFoldsThatGrow()
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 800) with { TimeColumn = "when" };
        var cv = new FamilyTrainer(new CarbetContext(2)).CrossValidate(request, new LogisticFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken);
        Assert.Equal(CrossValidationSplits.TimeOrdered, cv.Method);
        Assert.Equal([400L, 600L, 800L], cv.Folds.Select(f => f.TrainRows + f.TestRows));
        Assert.All(cv.Folds, f => Assert.Equal(200, f.TestRows));
        Assert.InRange(cv.MeanAuc, 0.65, 1.0);
    }

    [Fact]
    public void CrossValidate_NoTimeColumn_Stratified()
    {
        var request = FeatureData.Write(_folder.File("rows.csv"), 300);
        var cv = new FamilyTrainer(new CarbetContext(2)).CrossValidate(request, new LogisticFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken);
        Assert.Equal("stratified", cv.Method);
    }
}
