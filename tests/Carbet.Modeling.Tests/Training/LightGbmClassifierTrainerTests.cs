using System.Globalization;
using System.Text;

using Carbet.Core;
using Carbet.Modeling.Training;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Training;

public sealed class LightGbmClassifierTrainerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Train_SignalInOneColumn_ScoresWellAboveChance()
    {
        var path = WriteCsv(rows: 2_000, signal: 3.0);
        var model = new LightGbmClassifierTrainer(new CarbetContext(1)).Train(Request(path), TestContext.Current.CancellationToken);
        Assert.InRange(model.TestMetrics["test_auc"], 0.85, 1.0);
        Assert.Equal(2_000, model.TrainRows + model.TestRows);
        Assert.NotEmpty(model.ModelFile);
        Assert.Equal(model.TestRows, model.TestProbabilities.Length);
        Assert.Equal(model.TestRows, model.TestLabels.Length);
        Assert.All(model.TestProbabilities, p => Assert.InRange(p, 0, 1));
        Assert.Contains(1, model.TestLabels);
    }

    [Fact]
    public void Train_NoSignal_ScoresNearChance()
    {
        var path = WriteCsv(rows: 2_000, signal: 0.0);
        var model = new LightGbmClassifierTrainer(new CarbetContext(1)).Train(Request(path), TestContext.Current.CancellationToken);
        Assert.InRange(model.TestMetrics["test_auc"], 0.35, 0.65);
    }

    [Fact]
    public void Train_SameSeedTwice_SameMetrics()
    {
        var path = WriteCsv(rows: 1_000, signal: 1.0);
        var a = new LightGbmClassifierTrainer(new CarbetContext(5)).Train(Request(path), TestContext.Current.CancellationToken);
        var b = new LightGbmClassifierTrainer(new CarbetContext(5)).Train(Request(path), TestContext.Current.CancellationToken);
        Assert.Equal(a.TestMetrics, b.TestMetrics);
        Assert.Equal(a.TestRows, b.TestRows);
    }

    [Fact]
    public void Train_TimeCutoff_KeepsOnlyEarlierRows()
    {
        var path = WriteCsv(rows: 1_000, signal: 2.0);
        var request = Request(path) with { TrainBefore = new TimeCutoff("day", new DateOnly(2024, 1, 1).AddDays(500)) };
        var model = new LightGbmClassifierTrainer(new CarbetContext(1)).Train(request, TestContext.Current.CancellationToken);
        Assert.Equal(500, model.TrainRows + model.TestRows);
    }

    [Fact]
    public void Train_UnknownColumn_NamesItAndTheColumns()
    {
        var path = WriteCsv(rows: 100, signal: 1.0);
        var request = Request(path) with { NumericFeatures = ["x", "income"] };
        var error = Assert.Throws<UserErrorException>(() =>
            new LightGbmClassifierTrainer(new CarbetContext(1)).Train(request, TestContext.Current.CancellationToken));
        Assert.Contains("'income'", error.Message, StringComparison.Ordinal);
        Assert.Contains("x, color, day, y", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_MissingFile_NamesIt()
    {
        var error = Assert.Throws<UserErrorException>(() =>
            new LightGbmClassifierTrainer(new CarbetContext(1)).Train(Request(_folder.File("absent.csv")), TestContext.Current.CancellationToken));
        Assert.Contains("absent.csv", error.Message, StringComparison.Ordinal);
    }

    private static BinaryTrainingRequest Request(string path) => new(path, "y", ["x"], ["color"]);

    // y depends on x through a logistic link; color is noise, with blanks, to exercise one-hot and missing values.
    private string WriteCsv(int rows, double signal)
    {
        var random = new CarbetContext(42).CreateRandom("csv");
        var text = new StringBuilder("x,color,day,y\n");
        string[] colors = ["red", "green", "", "blue"];
        for (var i = 0; i < rows; i++)
        {
            var x = random.NextDouble() * 2 - 1;
            var p = 1 / (1 + Math.Exp(-signal * x * 2));
            var y = random.NextDouble() < p ? 1 : 0;
            var day = new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{x:R},{colors[i % 4]},{day},{y}\n");
        }
        var path = _folder.File($"data-{rows}-{signal}.csv".Replace(',', '_'));
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
