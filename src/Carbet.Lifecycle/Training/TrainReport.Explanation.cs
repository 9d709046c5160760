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
                    $"Permutation importance on the {importance.Rows} test rows: each input column is shuffled {importance.Repeats} times and the test AUC (baseline {N(importance.BaselineAuc)}) re-measured. A drop near 0 means the model does not rely on the column; a categorical column counts once. Importance shows what the model uses, not what causes the outcome.")),
                new BarChartBlock("Mean test AUC drop when shuffled", [.. importance.Features.Select(f => f.Column)], [.. importance.Features.Select(f => f.MeanAucDrop)]),
                new TableBlock(["Column", "AUC drop mean ± std"],
                    [.. importance.Features.Select(f => ImmutableArray.Create(f.Column, $"{N(f.MeanAucDrop)} ± {N(f.StdAucDrop)}"))]),
            ]);
        }
        yield return new ReportSection("ONNX export", [new ParagraphBlock(summary.OnnxStatus == "exported"
            ? $"{winner} was exported to model/model.onnx and ONNX Runtime gave ML.NET's probabilities on every test row to within 1e-4. The graph also takes the target column as input; feed any value there."
            : $"{winner} has no ONNX file: {summary.OnnxStatus}.")]);
        var grid = summary.Grid;
        yield return new ReportSection("Energy and carbon",
        [
            new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                $"Energy of each family's cross-validation and fit, measured by {summary.Winner.EnergyMethod ?? "nothing"}, converted at {grid.GramsPerKwh:0} gCO2e/kWh ({grid.Name}: {grid.Basis}; {grid.Source}). A CPU-time estimate counts this process only, at rated powers; RAPL measures the whole machine. See docs/energy.md for the formulas.")),
            new BarChartBlock("Energy per family, Wh", [.. summary.Leaderboard.Select(e => e.Family)], [.. summary.Leaderboard.Select(e => e.EnergyWh ?? 0)]),
        ]);
    }

    private static string Energy(LeaderboardEntry e) =>
        e.EnergyWh is { } wh && e.Co2eGrams is { } grams
            ? string.Create(CultureInfo.InvariantCulture, $"{wh:0.000} ({grams:0.000})")
            : "n/a";
}
