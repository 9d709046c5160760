using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core.Reports;
using Carbet.Modeling.Curves;

namespace Carbet.Lifecycle.Training;

// The report section of training curves, all measured on the cross-validation folds' held-out rows.
internal static partial class TrainReport
{
    private static ReportSection CurvesSection(ImmutableArray<FamilyOutcome> ranked)
    {
        var folds = ranked.IsEmpty ? 0 : ranked[0].Cv.Folds.Length;
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
            $"Measured on held-out cross-validation rows only: each of the {folds} fold models scores the fold it was not fitted on; the test rows play no part. ")
            + "Boosted trees show the log loss and AUC after 1, 2, … N trees, averaged over the folds (at most about 200 iterations sampled); "
            + $"probabilities use each model's own sigmoid. Every family's run holds the same curves as TensorBoard event files under {TensorBoardArtifacts.Folder}/<family>/."));
        var boosted = ranked.Where(o => o.Cv.Curves.Any(c => c.Name == CurveNames.CvLogLoss)).ToList();
        if (boosted.Count > 0)
        {
            blocks.Add(new LineChartBlock("Held-out log loss by boosting iteration", "Trees", "Mean log loss over folds",
                [.. boosted.Select(o => Line(o, CurveNames.CvLogLoss))]));
            blocks.Add(new LineChartBlock("Held-out AUC by boosting iteration", "Trees", "Mean AUC over folds",
                [.. boosted.Select(o => Line(o, CurveNames.CvAuc))]));
        }
        blocks.Add(new LineChartBlock("AUC by cross-validation fold", "Fold", "AUC on the fold's held-out rows",
            [.. ranked.Select(o => Line(o, CurveNames.FoldAuc))]));
        return new ReportSection("Training curves (cross-validation held-out rows)", blocks.ToImmutable());
    }

    private static LineSeries Line(FamilyOutcome outcome, string curve) =>
        new(outcome.Family, [.. outcome.Cv.Curves.Where(c => c.Name == curve).SelectMany(c => c.Points).Select(p => new ChartPoint(p.Step, p.Value))]);
}
