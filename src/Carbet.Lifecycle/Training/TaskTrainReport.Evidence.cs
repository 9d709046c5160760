using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Core.Reports;
using Carbet.Modeling.Curves;

namespace Carbet.Lifecycle.Training;

/// <summary>The sections binary reports also have: the fold curves, why the winner decides, its ONNX export and the energy
/// of training.</summary>
internal static partial class TaskTrainReport
{
    private static IEnumerable<ReportSection> EvidenceSections(TaskTrainSummary summary, ImmutableArray<TaskOutcome> ranked)
    {
        var folds = ranked[0].Cv.Folds.Length;
        yield return new ReportSection("Cross-validation folds",
        [
            new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                $"The {summary.CvMetric} of each of the {folds} fold models on the fold it was not fitted on ({ranked[0].Cv.Method} folds); the test rows play no part. Every family's run holds its fold metrics as a TensorBoard event file under {TensorBoardArtifacts.Folder}/<family>/.")),
            new LineChartBlock($"{summary.CvMetric} by cross-validation fold", "Fold", $"{summary.CvMetric} on the fold's held-out rows",
                [.. ranked.Select(o => new LineSeries(o.Family, [.. o.Curves()[0].Points.Select(p => new ChartPoint(p.Step, p.Value))]))]),
        ]);
        var boosted = ranked.Where(o => o.Cv.Curves.Any(c => c.Name == CurveNames.CvRmse)).ToList();
        if (boosted.Count > 0)
        {
            yield return new ReportSection("Boosting curves",
            [
                new ParagraphBlock("The held-out RMSE of the boosted tree families after each number of trees, averaged over the cross-validation folds: a curve still falling at its end could use more trees, one rising again has too many (the same curves are in TensorBoard)."),
                new LineChartBlock("Held-out RMSE by boosting iteration", "Trees", "Mean held-out RMSE",
                    [.. boosted.Select(o => new LineSeries(o.Family, [.. o.Cv.Curves.First(c => c.Name == CurveNames.CvRmse).Points.Select(p => new ChartPoint(p.Step, p.Value))]))]),
            ]);
        }
        var winner = summary.Winner.Family;
        if (summary.Importance is { } importance)
        {
            var (metric, drop) = summary.Task == TaskKind.Regression ? ("RMSE", "rise") : ("macro-F1", "drop");
            yield return new ReportSection($"Why {winner} decides",
            [
                new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                    $"Permutation importance on the {importance.Rows} test rows: each input column is shuffled {importance.Repeats} times and the test {metric} (baseline {N(importance.Baseline)}) re-measured. A {drop} near 0 means the model does not rely on the column; a categorical column counts once. Importance shows what the model uses, not what causes the outcome.")),
                new BarChartBlock($"Mean test {metric} {drop} when shuffled", [.. importance.Features.Select(f => f.Column)], [.. importance.Features.Select(f => f.MeanDrop)]),
                new TableBlock(["Column", $"{metric} {drop} mean ± std"],
                    [.. importance.Features.Select(f => ImmutableArray.Create(f.Column, $"{N(f.MeanDrop)} ± {N(f.StdDrop)}"))]),
            ]);
        }
        var output = summary.Task == TaskKind.Regression ? "predictions" : "class probabilities";
        yield return new ReportSection("ONNX export", [new ParagraphBlock(summary.OnnxStatus == "exported"
            ? $"{winner} was exported to {WinnerEvidence.OnnxArtifact} and ONNX Runtime gave ML.NET's {output} on every test row to within 1e-4. The graph takes the input columns only; its output is Score.output."
            : $"{winner} has no ONNX file: {summary.OnnxStatus}.")]);
        yield return EnergyReport.Section(summary.Winner.EnergyMethod, ranked[0].Grid, summary.Leaderboard.Select(e => (e.Family, e.EnergyWh)));
    }
}
