using System.Globalization;

using Carbet.Core;
using Carbet.Evaluation.Classification;
using Carbet.Evaluation.Regression;
using Carbet.Modeling.Explanation;
using Carbet.Modeling.Families;
using Carbet.Modeling.Onnx;
using Carbet.Modeling.Tasks;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Tasks;

public sealed class TaskEvidenceTests : IDisposable
{
    private static readonly ImportanceMetric MacroF1 = new("macro_f1", true,
        p => MulticlassMetrics.Compute(p.Scores.AsSpan(), p.Classes.AsSpan(), p.ClassCount).F1Macro);

    private static readonly ImportanceMetric Rmse = new("rmse", false,
        p => RegressionMetrics.Compute(p.Actual.AsSpan(), p.Scores.AsSpan()).RootMeanSquaredError);

    private readonly TempFolder _folder = new();
    private readonly TaskTrainer _trainer = new(new CarbetContext(11));

    public void Dispose() => _folder.Dispose();

    private (TaskTrainingRequest Request, TaskFitResult Fit) Fit(TaskKind task, string family)
    {
        var request = task == TaskKind.Multiclass ? TaskCsv.Multiclass(_folder.Path) : TaskCsv.Regression(_folder.Path);
        return (request, _trainer.Fit(request, TaskFamilies.Get(task, family), HyperParameters.None, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(TaskKind.Multiclass, "logistic")]
    [InlineData(TaskKind.Multiclass, "lightgbm")]
    [InlineData(TaskKind.Multiclass, "sdca")]
    [InlineData(TaskKind.Multiclass, "forest")]
    [InlineData(TaskKind.Multiclass, "baseline")]
    [InlineData(TaskKind.Regression, "lightgbm")]
    [InlineData(TaskKind.Regression, "fasttree")]
    [InlineData(TaskKind.Regression, "forest")]
    [InlineData(TaskKind.Regression, "sdca")]
    [InlineData(TaskKind.Regression, "baseline")]
    public void Export_TaskFamily_OnnxRuntimeMatchesMlNetOnTheTestRows(TaskKind task, string family)
    {
        var (request, fit) = Fit(task, family);

        var export = OnnxExporter.Export(fit.ModelFile, request, request.TestCsvPath, seed: 1);

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{task} {family}: {export.Status}, max diff {export.MaxAbsDifference:G3}"));
        Assert.Equal("exported", export.Status);
        Assert.InRange(export.MaxAbsDifference!.Value, 0, OnnxExporter.Tolerance);
        Assert.Equal(fit.Test.Rows, export.Rows);
    }

    [Fact]
    public void Compute_Regression_RmseRisesMostForTheStrongestInputAndNotForNoise()
    {
        var (request, fit) = Fit(TaskKind.Regression, "sdca");

        var result = PermutationImportance.Compute(fit.ModelFile, request, request.TestCsvPath, Rmse, 5, new CarbetContext(3));

        Assert.Equal(("rmse", 72), (result.Metric, result.Rows));
        Assert.Equal(RegressionMetrics.Compute(fit.Test.Actual.AsSpan(), fit.Test.Scores.AsSpan()).RootMeanSquaredError, result.Baseline, 6);
        Assert.Equal(["x1", "x2"], result.Features.Take(2).Select(f => f.Column));   // y = 10 + 3·x1 − 2·x2 + shade
        Assert.True(result.Features[0].MeanDrop > 1, $"x1 raises RMSE by {result.Features[0].MeanDrop}");
        Assert.InRange(result.Features.Single(f => f.Column == "noise").MeanDrop, -0.05, 0.05);
        Assert.Equal(4, result.Features.Length);
    }

    [Fact]
    public void Compute_Multiclass_MacroF1FallsForTheDecisiveInputsOnly()
    {
        var (request, fit) = Fit(TaskKind.Multiclass, "lightgbm");

        var result = PermutationImportance.Compute(fit.ModelFile, request, request.TestCsvPath, MacroF1, 3, new CarbetContext(3));
        var again = PermutationImportance.Compute(fit.ModelFile, request, request.TestCsvPath, MacroF1, 3, new CarbetContext(3));

        Assert.Equal(MulticlassMetrics.Compute(fit.Test.Scores.AsSpan(), fit.Test.Classes.AsSpan(), 3).F1Macro, result.Baseline, 6);
        Assert.Contains(result.Features[0].Column, new[] { "x1", "x2" });
        Assert.True(result.Features[0].MeanDrop > 0.1, $"{result.Features[0].Column} lowers macro-F1 by {result.Features[0].MeanDrop}");
        Assert.InRange(result.Features.Single(f => f.Column == "noise").MeanDrop, -0.05, 0.05);
        Assert.Equal(result.Features.SelectMany(f => f.Drops), again.Features.SelectMany(f => f.Drops));
    }
}
