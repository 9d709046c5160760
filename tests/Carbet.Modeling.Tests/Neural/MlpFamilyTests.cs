using System.Collections.Immutable;
using System.Globalization;
using System.Text;

using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Training;
using Carbet.Testing;

using Microsoft.ML;

namespace Carbet.Modeling.Tests.Neural;

public sealed class MlpFamilyTests : IDisposable
{
    private static readonly HyperParameters Quick = Values(("epochs", 40), ("learning_rate", 0.01), ("batch_size", 64), ("dropout", 0));
    private readonly TempFolder _folder = new();

    public MlpFamilyTests() => TorchAvailable.Require();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Train_XorLikeTarget_MlpLearnsItWhereLogisticCannot()
    {
        var request = Xor("xor.csv", 1_500);

        var mlp = Trainer(1).Train(request, new MlpFamily(), Quick, CancellationToken.None);
        var logistic = Trainer(1).Train(request, new LogisticFamily(), HyperParameters.None, CancellationToken.None);

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mlp auc {mlp.Model.TestMetrics["test_auc"]:F3} in {mlp.Model.FitTime.TotalMilliseconds:F0} ms; logistic auc {logistic.Model.TestMetrics["test_auc"]:F3}"));
        Assert.InRange(mlp.Model.TestMetrics["test_auc"], 0.95, 1.0);
        Assert.InRange(logistic.Model.TestMetrics["test_auc"], 0.35, 0.65);
        Assert.Equal(40, mlp.Curve.Count);
        Assert.Equal(Enumerable.Range(1, 40), mlp.Curve.Select(c => c.Epoch));
        Assert.True(mlp.Curve[^1].TrainLoss < mlp.Curve[0].TrainLoss);
        Assert.All(mlp.Curve, c => Assert.True(double.IsFinite(c.ValidationLoss)));
        Assert.Empty(logistic.Curve);
    }

    [Fact]
    public void Train_SameDataAndSeed_SameProbabilities()
    {
        var request = Xor("seeded.csv", 600);
        var few = Values(("epochs", 5));

        var first = Trainer(7).Train(request, new MlpFamily(), few, CancellationToken.None);
        var second = Trainer(7).Train(request, new MlpFamily(), few, CancellationToken.None);

        Assert.Equal(first.Model.TestProbabilities, second.Model.TestProbabilities);
        Assert.Equal(first.Curve, second.Curve);
    }

    [Fact]
    public void Train_FromParentWeights_LowerFirstEpochLossThanFreshStart()
    {
        var request = Xor("parent.csv", 1_200);
        var parent = Trainer(1).Train(request, new MlpFamily(), Quick, CancellationToken.None);
        var source = new TransferSource("run-parent", "mlp", parent.Model.ModelFile, parent.Parameters);
        var newer = Xor("newer.csv", 1_200, seedStream: "newer");

        var fresh = Trainer(2).Train(newer, new MlpFamily(), Quick, CancellationToken.None);
        var warm = Trainer(2).Train(newer, new MlpFamily(), Quick, new FamilyFitOptions { Parent = source }, CancellationToken.None);

        Assert.True(warm.Curve[0].TrainLoss < fresh.Curve[0].TrainLoss, $"warm {warm.Curve[0].TrainLoss}, fresh {fresh.Curve[0].TrainLoss}");
        Assert.Equal(10, warm.Curve.Count); // a quarter of the epochs
        Assert.Equal("run-parent", warm.Parent);
        Assert.Null(fresh.Parent);
        Assert.InRange(warm.Model.TestMetrics["test_auc"], 0.95, 1.0);
    }

    [Fact]
    public void Train_PruneAfterThirdEpoch_StopsThere()
    {
        var seen = new List<(int, double)>();
        var options = new FamilyFitOptions { Prune = (epoch, loss) => { seen.Add((epoch, loss)); return epoch == 3; } };

        var result = Trainer(1).Train(Xor("pruned.csv", 600), new MlpFamily(), Quick, options, CancellationToken.None);

        Assert.Equal(3, result.Curve.Count);
        Assert.Equal(result.Curve.Select(c => (c.Epoch, c.ValidationLoss)), seen);
    }

    [Fact]
    public void Load_SavedModelFile_ScoresTheTestRowsAsTraining()
    {
        var request = Xor("train.csv", 800) with { TestCsvPath = Xor("test.csv", 200, seedStream: "test").CsvPath };
        var trained = Trainer(1).Train(request, new MlpFamily(), Values(("epochs", 5)), CancellationToken.None).Model;

        var ml = new MLContext(seed: 1);
        var model = FamilyModelFile.Load(ml, trained.ModelFile, out var schema);
        var rows = TrainingData.Load(ml, request with { CsvPath = request.TestCsvPath!, TestCsvPath = null });
        var scored = ml.Data.CreateEnumerable<Scored>(model.Transform(rows), reuseRowObject: false).Select(s => (double)s.Probability);

        Assert.NotNull(FamilyModelFile.ReadNetwork(trained.ModelFile));
        Assert.Contains(schema, c => c.Name == "x1");
        Assert.Equal(trained.TestProbabilities, scored);
    }

    [Fact]
    public void SavedModelFile_ImportanceAndOnnx_ReadThePerceptronInsteadOfFailing()
    {
        var request = Xor("train-e.csv", 800) with { TestCsvPath = Xor("test-e.csv", 300, seedStream: "test").CsvPath };
        var trained = Trainer(1).Train(request, new MlpFamily(), Quick, CancellationToken.None).Model;

        var importance = Carbet.Modeling.Explanation.PermutationImportance.Compute(trained.ModelFile, request, request.TestCsvPath!, 2, new CarbetContext(1));
        var onnx = Carbet.Modeling.Onnx.OnnxExporter.Export(trained.ModelFile, request, request.TestCsvPath!, 1);

        Assert.Equal(trained.TestMetrics["test_auc"], importance.Baseline, 9);
        Assert.All(importance.Features, f => Assert.True(f.MeanDrop > 0.1, $"{f.Column}: {f.MeanDrop}"));   // xor needs both inputs
        Assert.False(onnx.Exported);
        Assert.StartsWith("unsupported", onnx.Status, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_LogisticFromParent_WarmStartsAndRecordsTheParent()
    {
        var request = FamilyDataFor("logistic.csv");
        var parent = Trainer(1).Train(request, new LogisticFamily(), HyperParameters.None, CancellationToken.None);
        var source = new TransferSource("v3", "logistic", parent.Model.ModelFile, parent.Parameters);

        var child = Trainer(1).Train(request, new LogisticFamily(), HyperParameters.None, new FamilyFitOptions { Parent = source }, CancellationToken.None);

        Assert.Equal("v3", child.Parent);
        Assert.InRange(child.Model.TestMetrics["test_auc"], 0.75, 1.0);
        Assert.Throws<UserErrorException>(() => Trainer(1).Train(request, new SdcaFamily(), HyperParameters.None,
            new FamilyFitOptions { Parent = source }, CancellationToken.None));
    }

    private static FamilyTrainer Trainer(int seed) => new(new CarbetContext(seed));

    private static HyperParameters Values(params (string Name, double Value)[] values) =>
        new(values.ToImmutableSortedDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    private BinaryTrainingRequest FamilyDataFor(string name) =>
        Carbet.Modeling.Tests.Families.FamilyData.Write(_folder.File(name), 1_000, signal: 3.0);

    // y is 1 when x1 and x2 share a sign: no line separates the classes, so a linear model sits at chance
    private BinaryTrainingRequest Xor(string name, int rows, string seedStream = "xor")
    {
        var random = new CarbetContext(42).CreateRandom(seedStream);
        var text = new StringBuilder("x1,x2,y\n");
        for (var i = 0; i < rows; i++)
        {
            var (x1, x2) = ((random.NextDouble() * 2) - 1, (random.NextDouble() * 2) - 1);
            text.Append(CultureInfo.InvariantCulture, $"{x1:R},{x2:R},{(x1 * x2 > 0 ? 1 : 0)}\n");
        }
        File.WriteAllText(_folder.File(name), text.ToString());
        return new BinaryTrainingRequest(_folder.File(name), "y", ["x1", "x2"], []);
    }

    private sealed class Scored
    {
        public float Probability { get; set; }
    }
}
