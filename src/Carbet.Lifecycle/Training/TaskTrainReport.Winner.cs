using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core.Reports;

namespace Carbet.Lifecycle.Training;

/// <summary>The winner's sections: confusion matrix and per-class metrics, or residuals.</summary>
internal static partial class TaskTrainReport
{
    private const int ResidualBins = 20;
    private const int Groups = 10;

    private static ReportSection[] MulticlassSections(TaskTrainSummary summary, TaskOutcome winner)
    {
        var evaluation = winner.Classes!;
        var labels = summary.Classes;
        // each row as shares of its true class, so rare classes read as clearly as common ones
        var shares = evaluation.Confusion.Select(row => row.Sum() is var total and > 0
            ? row.Select(c => (double)c / total).ToImmutableArray()
            : row.Select(_ => 0.0).ToImmutableArray()).ToImmutableArray();
        return
        [
            new ReportSection($"Confusion matrix of {winner.Family} on the test rows",
            [
                new ParagraphBlock("Rows are true classes, columns predicted classes; a cell is the share of the row's true class, so the diagonal is each class's recall."),
                new HeatmapBlock("Share of each true class by predicted class", labels, shares),
                new TableBlock(["True \\ predicted", .. labels],
                    [.. evaluation.Confusion.Select((row, i) => ImmutableArray.Create([labels[i], .. row.Select(c => c.ToString(CultureInfo.InvariantCulture))]))]),
            ]),
            new ReportSection($"Per-class metrics of {winner.Family} on the test rows",
            [
                new TableBlock(["Class", "Precision", "Recall", "F1", "Support", "ROC AUC (one vs rest)"],
                    [.. evaluation.Classes.Select(c => ImmutableArray.Create(labels[c.Class], N(c.Precision), N(c.Recall), N(c.F1), c.Support.ToString(CultureInfo.InvariantCulture), N(c.RocAucOneVsRest)))]),
            ]),
        ];
    }

    private static ReportSection[] RegressionSections(TaskOutcome winner)
    {
        var evaluation = winner.Values!;
        var (actual, predicted, residuals) = (winner.Fit.Test.Actual, winner.Fit.Test.Scores, evaluation.Residuals);
        // rows grouped by predicted value: a scatter of thousands of points says less than ten group means
        var order = Enumerable.Range(0, predicted.Length).OrderBy(i => predicted[i]).ThenBy(i => i).ToList();
        var groups = order.Select((row, rank) => (row, rank)).GroupBy(p => p.rank * Groups / order.Count, p => p.row).ToList();
        return
        [
            new ReportSection($"Residuals of {winner.Family} on the test rows",
            [
                new ParagraphBlock("Residual = actual − predicted. A good fit leaves residuals centred on 0 at every predicted value."),
                Histogram(residuals),
                new LineChartBlock("Mean residual by predicted value (tenths of the test rows)", "Mean predicted", "Mean residual",
                [
                    new LineSeries("zero", [new(predicted[order[0]], 0), new(predicted[order[^1]], 0)]),
                    new LineSeries(winner.Family, [.. groups.Select(g => new ChartPoint(g.Average(r => predicted[r]), g.Average(r => residuals[r])))]),
                ]),
                new LineChartBlock("Mean actual by mean predicted (tenths of the test rows)", "Mean predicted", "Mean actual",
                [
                    new LineSeries("perfect", [new(predicted[order[0]], predicted[order[0]]), new(predicted[order[^1]], predicted[order[^1]])]),
                    new LineSeries(winner.Family, [.. groups.Select(g => new ChartPoint(g.Average(r => predicted[r]), g.Average(r => actual[r])))]),
                ]),
            ]),
        ];
    }

    private static HistogramBlock Histogram(ImmutableArray<double> residuals)
    {
        var (low, high) = (residuals.Min(), residuals.Max());
        if (high <= low)
            high = low + 1;
        var width = (high - low) / ResidualBins;
        var counts = new long[ResidualBins];
        foreach (var r in residuals)
            counts[Math.Min(ResidualBins - 1, (int)((r - low) / width))]++;
        return new HistogramBlock("Residuals", [.. Enumerable.Range(0, ResidualBins + 1).Select(i => low + (i * width))], [.. counts]);
    }
}
