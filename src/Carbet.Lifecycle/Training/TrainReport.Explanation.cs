using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core.Reports;

namespace Carbet.Lifecycle.Training;

/// <summary>The report's sections on why the winner decides, its ONNX export and the energy of training.</summary>
internal static partial class TrainReport
{
    private static IEnumerable<ReportSection> ExplanationSections(TrainSummary summary)
    {
        var winner = summary.Winner.Family;
        if (summary.Importance is { } importance)
        {
            yield return new ReportSection($"Why {winner} decides",
            [
                new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                    $"Permutation importance on the {importance.Rows} test rows: each input column is shuffled {importance.Repeats} times and the test AUC (baseline {N(importance.Baseline)}) re-measured. A drop near 0 means the model does not rely on the column; a categorical column counts once. Importance shows what the model uses, not what causes the outcome.")),
                new BarChartBlock("Mean test AUC drop when shuffled", [.. importance.Features.Select(f => f.Column)], [.. importance.Features.Select(f => f.MeanDrop)]),
                new TableBlock(["Column", "AUC drop mean ± std"],
                    [.. importance.Features.Select(f => ImmutableArray.Create(f.Column, $"{N(f.MeanDrop)} ± {N(f.StdDrop)}"))]),
            ]);
        }
        yield return new ReportSection("ONNX export", [new ParagraphBlock(summary.OnnxStatus == "exported"
            ? $"{winner} was exported to model/model.onnx and ONNX Runtime gave ML.NET's probabilities on every test row to within 1e-4. The graph also takes the target column as input; feed any value there."
            : $"{winner} has no ONNX file: {summary.OnnxStatus}.")]);
        yield return EnergyReport.Section(summary.Winner.EnergyMethod, summary.Grid, summary.Leaderboard.Select(e => (e.Family, e.EnergyWh)));
    }

    private static string Energy(LeaderboardEntry e) => EnergyReport.Cell(e.EnergyWh, e.Co2eGrams);
}
