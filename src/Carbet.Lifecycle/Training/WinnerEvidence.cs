using System.Collections.Immutable;
using System.Text.Json;

using Carbet.Core;
using Carbet.Lifecycle.DataSteps;
using Carbet.Modeling.Explanation;
using Carbet.Modeling.Onnx;
using Carbet.Modeling.Training;

namespace Carbet.Lifecycle.Training;

/// <summary>What the train run records about the winner beyond its model file: why it decides (permutation importance on the
/// test rows) and its ONNX export, checked against ML.NET on the same rows; plus the energy of every family together.</summary>
internal sealed record WinnerEvidence(PermutationImportanceResult Importance, OnnxExport Onnx)
{
    public const string OnnxArtifact = "model/model.onnx";
    public const string ImportanceArtifact = "reports/importance.json";

    public static async Task<WinnerEvidence> RecordAsync(RecordedRun run, CarbetContext context, BinaryTrainingRequest request,
        ImmutableArray<FamilyOutcome> ranked, CancellationToken ct)
    {
        var winner = ranked[0];
        var heldOut = request.TestCsvPath ?? throw new InvalidOperationException("carbet train always scores a separate test file.");
        var importance = await Task.Run(() => PermutationImportance.Compute(winner.Fit.Model.ModelFile, request, heldOut,
            PermutationImportance.DefaultRepeats, context), ct);
        await run.LogTextAsync(ImportanceArtifact, JsonSerializer.Serialize(importance, ReportJson.Options), ct);
        var onnx = await Task.Run(() => OnnxExporter.Export(winner.Fit.Model.ModelFile, request, heldOut, context.SeedFor("onnx")), ct);
        if (onnx.Model is { } graph)
            await run.LogBytesAsync(OnnxArtifact, graph, ct);
        await run.LogParamsAsync(new Dictionary<string, string>
        {
            ["onnx.status"] = onnx.Status,
            ["importance.method"] = $"permutation, test AUC drop, {importance.Repeats} repeats per input column",
        }, ct);
        var metrics = new Dictionary<string, double>();
        if (onnx.MaxAbsDifference is { } difference)
            metrics["onnx_max_abs_difference"] = difference;
        foreach (var (key, value) in EnergyReport.Totals(ranked.Select(o => (o.Energy, o.Grid))))
            metrics[key] = value;
        foreach (var feature in importance.Features)
            metrics[$"importance.{feature.Column}"] = feature.MeanDrop;
        await run.LogMetricsAsync(metrics.ToImmutableSortedDictionary(StringComparer.Ordinal), context.Now, ct);
        return new WinnerEvidence(importance, onnx);
    }
}
