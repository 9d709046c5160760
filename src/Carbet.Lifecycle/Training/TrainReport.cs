using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

using Carbet.Core.Reports;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Tuning;

namespace Carbet.Lifecycle.Training;

/// <summary>The train report: the rule, the leaderboard, ROC and precision–recall overlays, the winner's calibration and the paired test.</summary>
internal static partial class TrainReport
{
    private const int MaxPoints = 200;

    public static ReportDocument Document(TrainSummary summary, ImmutableArray<FamilyOutcome> ranked)
    {
        var winner = ranked[0];
        return new ReportDocument($"carbet train: {summary.Model} v{summary.Version}",
        [
            new ReportSection("Selection rule",
            [
                new ParagraphBlock($"Written down before any test score: {summary.Rule}. The faster family is the one with the shorter mean fit time over the folds, so a tie can fall differently on another machine. Cross-validation used only the training rows; the test rows only scored."),
                new KeyValueBlock(
                [
                    new("Chosen family", winner.Family),
                    new("Registered", $"{summary.Model} v{summary.Version.ToString(CultureInfo.InvariantCulture)}" + (summary.Alias is { } alias ? $", now {alias.Alias}" : "")),
                    new("Dataset version", summary.DatasetVersionId),
                    new("Training / test rows", $"{summary.TrainRows.ToString(CultureInfo.InvariantCulture)} / {summary.TestRows.ToString(CultureInfo.InvariantCulture)}"),
                    new("Decision threshold", summary.Threshold.Description),
                ]),
            ]),
            new ReportSection("Leaderboard", [Table(summary.Leaderboard)]),
            new ReportSection("Paired comparison of the best two", [new ParagraphBlock(summary.PairedSentence)]),
            .. TuningSections(summary, winner),
            .. ExplanationSections(summary),
            new ReportSection("Curves on the test rows",
            [
                new LineChartBlock("ROC curves", "False positive rate", "True positive rate",
                    [.. ranked.Select(o => Series(o.Family, o.Test.Roc.FalsePositiveRates, o.Test.Roc.TruePositiveRates))]),
                new LineChartBlock("Precision–recall curves", "Recall", "Precision",
                    [.. ranked.Select(o => Series(o.Family, o.Test.PrecisionRecall.Recalls, o.Test.PrecisionRecall.Precisions))]),
            ]),
            CurvesSection(ranked),
            new ReportSection($"Calibration of {winner.Family}",
            [
                new LineChartBlock("Observed rate by predicted probability", "Mean predicted probability", "Observed positive rate",
                [
                    new LineSeries("perfect calibration", [new(0, 0), new(1, 1)]),
                    new LineSeries(winner.Family, [.. winner.Test.Calibration.Select(b => new ChartPoint(b.MeanPredicted, b.ObservedRate))]),
                ]),
                new TableBlock(["Bin", "Rows", "Mean predicted", "Observed rate"],
                    [.. winner.Test.Calibration.Select(b => ImmutableArray.Create($"{N(b.Lower)}–{N(b.Upper)}", b.Count.ToString(CultureInfo.InvariantCulture), N(b.MeanPredicted), N(b.ObservedRate)))]),
            ]),
        ]);
    }

    public static string Json(TrainSummary summary, ImmutableArray<FamilyOutcome> ranked) => JsonSerializer.Serialize(new
    {
        summary.Rule,
        summary.Model,
        summary.Version,
        summary.DatasetVersionId,
        summary.TrainRows,
        summary.TestRows,
        Winner = summary.Winner.Family,
        Leaderboard = ranked.Select((o, i) => new { Rank = i + 1, o.Family, Tuned = o.Tuning is not null, o.RunId, Metrics = o.Metrics() }),
        Roc = ranked.Select(o => new { o.Family, Points = Series(o.Family, o.Test.Roc.FalsePositiveRates, o.Test.Roc.TruePositiveRates).Points.Select(p => new[] { p.X, p.Y }) }),
        summary.Paired,
        PairedSentence = summary.PairedSentence,
        summary.Threshold,
        summary.Importance,
        Onnx = summary.OnnxStatus,
        summary.Grid,
        Hyperparameters = Hyperparameters(ranked[0]),
        Tuning = summary.Tuning is { } tuning ? TuningReport.Json(tuning) : null,
        AliasesMoved = false,
    }, ReportJson.Options);

    private static TableBlock Table(ImmutableArray<LeaderboardEntry> leaderboard) => new(
        ["Rank", "Family", "CV AUC mean ± std", "Test AUC [95% CI]", "Average precision", "Log loss", "Brier", "KS", "CV fit s", "Fit s", "µs/row", EnergyReport.Header],
        [.. leaderboard.Select(e => ImmutableArray.Create(
            e.Rank.ToString(CultureInfo.InvariantCulture), e.Label, $"{N(e.CvAucMean)} ± {N(e.CvAucStd)}", TestAuc(e),
            N(e.AveragePrecision), N(e.LogLoss), N(e.Brier), N(e.Ks), e.CvFitTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), e.FitTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
            e.InferencePerRow.TotalMicroseconds.ToString("0.0", CultureInfo.InvariantCulture), Energy(e)))]);

    /// <summary>The test AUC with its DeLong interval, as the leaderboard shows it.</summary>
    public static string TestAuc(LeaderboardEntry e) =>
        e.TestAucLower is { } low && e.TestAucUpper is { } high ? $"{N(e.TestAuc)} [{N(low)}, {N(high)}]" : N(e.TestAuc);

    public static string N(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "n/a";

    // long curves are thinned by a stride, keeping the last point so each curve still ends at its corner
    private static LineSeries Series(string name, ImmutableArray<double> x, ImmutableArray<double> y)
    {
        var count = Math.Min(x.Length, y.Length);
        var stride = Math.Max(1, (count + MaxPoints - 1) / MaxPoints);
        var indices = Enumerable.Range(0, count).Where(i => i % stride == 0 || i == count - 1);
        return new LineSeries(name, [.. indices.Select(i => new ChartPoint(x[i], y[i]))]);
    }
}
