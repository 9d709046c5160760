using System.Globalization;

using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tasks;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Tasks;

public sealed class TaskTimeOrderedFoldsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TaskTrainer _trainer = new(new CarbetContext(11));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CrossValidate_RegressionWithTimeColumn_EachFoldTestsTheNextBlockInTimeOrder()
    {
        var (request, times) = Dated(TaskCsv.Regression(_folder.Path));
        var cv = _trainer.CrossValidate(request, new RegressionSdcaFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken);

        Assert.Equal(CrossValidationSplits.TimeOrdered, cv.Method);
        Assert.Equal([72L, 144L, 216L], cv.Folds.Select(f => f.TrainRows));            // 288 rows in 4 blocks of 72
        var targets = File.ReadLines(request.CsvPath).Skip(1).Select(l => (float)double.Parse(l.Split(',')[^1], CultureInfo.InvariantCulture)).ToList();
        var byTime = Enumerable.Range(0, times.Count).OrderBy(r => times[r], StringComparer.Ordinal).ToList();
        for (var k = 0; k < 3; k++)
        {
            var block = byTime.Skip(72 * (k + 1)).Take(72).Select(r => targets[r]).Order();
            Assert.Equal(block, cv.Folds[k].Predictions.Actual.Select(a => (float)a).Order());
        }
    }

    [Fact]
    public void CrossValidate_MulticlassWithTimeColumn_TimeOrderedNotStratified()
    {
        var (request, _) = Dated(TaskCsv.Multiclass(_folder.Path));
        var cv = _trainer.CrossValidate(request, new MulticlassLightGbmFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken);
        Assert.Equal(CrossValidationSplits.TimeOrdered, cv.Method);
        Assert.All(cv.Folds, f => Assert.Equal(72, f.Predictions.Rows));
    }

    [Fact]
    public void CrossValidate_MulticlassBlockWithoutAClass_UserErrorNamingTheTimeColumn()
    {
        var request = TaskCsv.Multiclass(_folder.Path);
        var lines = File.ReadAllLines(request.CsvPath);
        // class 2 only in the earliest rows: the last block holds none
        var dated = lines.Skip(1).Select((l, i) => (Line: l, When: l.EndsWith(",2", StringComparison.Ordinal) ? $"2020-{i:D4}" : $"2024-{i:D4}"));
        File.WriteAllLines(request.CsvPath, [lines[0] + ",when", .. dated.Select(d => $"{d.Line},{d.When}")]);
        var error = Assert.Throws<UserErrorException>(() =>
            _trainer.CrossValidate(request with { TimeColumn = "when" }, new MulticlassLogisticFamily(), HyperParameters.None, 3, TestContext.Current.CancellationToken));
        Assert.Contains("'when'", error.Message, StringComparison.Ordinal);
        Assert.Contains("class 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StratifiedOf_BinaryLabels_SameFoldsAsTheirClassIndexes()
    {
        var labels = Enumerable.Range(0, 50).Select(i => i % 4 == 0).ToList();
        var binary = CrossValidationSplits.StratifiedOf(labels, 5, new CarbetContext(1).CreateRandom("folds"));
        var classes = CrossValidationSplits.StratifiedOf([.. labels.Select(l => l ? 1 : 0)], 5, new CarbetContext(1).CreateRandom("folds"));
        Assert.Equal(binary.Folds.Select(f => f.Test), classes.Folds.Select(f => f.Test));
        Assert.All(binary.Folds, f => Assert.InRange(Enumerable.Range(0, 50).Count(r => f.Test[r] && labels[r]), 2, 3));
    }

    [Fact]
    public void RandomOf_TenRows_EveryRowTestedOnceAndNeverTrainsItsOwnFold()
    {
        var splits = CrossValidationSplits.RandomOf(10, 3, new CarbetContext(1).CreateRandom("folds"));
        Assert.Equal(CrossValidationSplits.Shuffled, splits.Method);
        Assert.All(Enumerable.Range(0, 10), r => Assert.Single(splits.Folds, f => f.Test[r]));
        Assert.All(splits.Folds, f => Assert.DoesNotContain(Enumerable.Range(0, 10), r => f.Train[r] && f.Test[r]));
    }

    /// <summary>The request's training rows with a column <c>when</c> of dates in a shuffled order, the target kept last.</summary>
    private static (TaskTrainingRequest Request, List<string> Times) Dated(TaskTrainingRequest request)
    {
        var lines = File.ReadAllLines(request.CsvPath);
        var times = Enumerable.Range(0, lines.Length - 1).Select(i => new DateOnly(2023, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        new CarbetContext(5).CreateRandom("dates").Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(times));
        File.WriteAllLines(request.CsvPath, [$"when,{lines[0]}", .. lines.Skip(1).Select((l, i) => $"{times[i]},{l}")]);
        return (request with { TimeColumn = "when" }, times);
    }
}
