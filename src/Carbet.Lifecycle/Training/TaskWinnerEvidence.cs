using System.Collections.Immutable;
using System.Text.Json;

using Carbet.Core;
using Carbet.Evaluation.Classification;
using Carbet.Evaluation.Regression;
using Carbet.Lifecycle.DataSteps;
using Carbet.Modeling.Explanation;
using Carbet.Modeling.Onnx;
using Carbet.Modeling.Tasks;

namespace Carbet.Lifecycle.Training;

/// <summary>What a multiclass or regression train run records about the winner beyond its model file, as
/// <see cref="WinnerEvidence"/> does for binary tasks: permutation importance on the test rows (macro-F1 drop, or RMSE rise),
/// the ONNX export checked against ML.NET on the same rows, and the energy of every family together.</summary>
internal sealed record TaskWinnerEvidence(PermutationImportanceResult Importance, OnnxExport Onnx)
{
    public static ImportanceMetric Metric(TaskKind task) => task == TaskKind.Regression
        ? new("rmse", false, p => RegressionMetrics.Compute(p.Actual.AsSpan(), p.Scores.AsSpan()).RootMeanSquaredError)
        : new("macro_f1", true, p => MulticlassMetrics.Compute(p.Scores.AsSpan(), p.Classes.AsSpan(), p.ClassCount).F1Macro);

    public static async Task<TaskWinnerEvidence> RecordAsync(RecordedRun run, CarbetContext context, TaskTrainingRequest request,
        ImmutableArray<TaskOutcome> ranked, CancellationToken ct)
    {
        var winner = ranked[0];
        var metric = Metric(request.Task);
        var importance = await Task.Run(() => PermutationImportance.Compute(winner.Fit.ModelFile, request, request.TestCsvPath, metric,
            PermutationImportance.DefaultRepeats, context), ct);
        await run.LogTextAsync(WinnerEvidence.ImportanceArtifact, JsonSerializer.Serialize(importance, ReportJson.Options), ct);
        var onnx = await Task.Run(() => OnnxExporter.Export(winner.Fit.ModelFile, request, request.TestCsvPath, context.SeedFor("onnx")), ct);
        if (onnx.Model is { } graph)
            await run.LogBytesAsync(WinnerEvidence.OnnxArtifact, graph, ct);
        var drop = metric.HigherIsBetter ? "drop" : "rise";
        await run.LogParamsAsync(new Dictionary<string, string>
        {
            ["onnx.status"] = onnx.Status,
            ["importance.method"] = $"permutation, test {metric.Name} {drop}, {importance.Repeats} repeats per input column",
        }, ct);
        var metrics = new Dictionary<string, double>(EnergyReport.Totals(ranked.Select(o => (o.Energy, o.Grid))));
        if (onnx.MaxAbsDifference is { } difference)
            metrics["onnx_max_abs_difference"] = difference;
        foreach (var feature in importance.Features)
            metrics[$"importance.{feature.Column}"] = feature.MeanDrop;
        await run.LogMetricsAsync(metrics.ToImmutableSortedDictionary(StringComparer.Ordinal), context.Now, ct);
        return new TaskWinnerEvidence(importance, onnx);
    }
}
