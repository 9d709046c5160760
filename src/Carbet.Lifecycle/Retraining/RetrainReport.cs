using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

using Carbet.Core.Reports;
using Carbet.Evaluation.Classification;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Training;

namespace Carbet.Lifecycle.Retraining;

/// <summary>The retrain report: what the new version came from, and the parent and the new version on the same test rows.</summary>
internal static class RetrainReport
{
    public const string HtmlArtifact = "reports/retrain.html";
    public const string JsonArtifact = "reports/retrain.json";
    private const int MaxPoints = 200;

    /// <summary>Why the comparison can flatter the parent; the same sentence in HTML and JSON.</summary>
    public const string Caveat = "When the newest data still holds rows the parent was trained on, some of these test rows may be among them, "
        + "which flatters the parent; the new version never saw them.";

    public static ReportDocument Document(RetrainSummary summary, FamilyOutcome outcome, BinaryEvaluation parent) => new(
        $"carbet retrain: {summary.Model} v{V(summary.Version)} from v{V(summary.ParentVersion)}",
        [
            new ReportSection("What was retrained",
            [
                new KeyValueBlock(
                [
                    new("Parent", $"{summary.ParentName}, run {summary.ParentRunId}"),
                    new("Family", summary.Family),
                    new("Transfer", $"{summary.TransferMethod}: {summary.TransferDescription}"),
                    new("Hyperparameters", summary.Hyperparameters.IsEmpty ? "none" : string.Join(", ", summary.Hyperparameters.Select(h => $"{h.Key} = {h.Value}"))),
                    new("Dataset version", summary.DatasetVersionId),
                    new("Training / test rows", $"{V(summary.TrainRows)} / {V(summary.TestRows)}"),
                    new("Cross-validated AUC (new)", $"{TrainReport.N(summary.CvAucMean)} ± {TrainReport.N(summary.CvAucStd)}"),
                    new("Registered", $"{summary.Model} v{V(summary.Version)}, alias challenger (champion unchanged)"),
                    new("Decision threshold", summary.Threshold.Description),
                ]),
            ]),
            new ReportSection("Parent and new version on the same test rows",
            [
                new TableBlock(["Model", "Test AUC [95% CI]", "Average precision", "Log loss", "Brier"],
                [
                    Row($"parent: {summary.ParentName}", summary.Parent),
                    Row($"new: {summary.Model} v{V(summary.Version)}", summary.New),
                ]),
                new ParagraphBlock(summary.PairedSentence),
                new ParagraphBlock(Caveat),
                new LineChartBlock("ROC curves", "False positive rate", "True positive rate",
                [
                    Series("parent", parent.Roc.FalsePositiveRates, parent.Roc.TruePositiveRates),
                    Series("new", outcome.Test.Roc.FalsePositiveRates, outcome.Test.Roc.TruePositiveRates),
                ]),
            ]),
        ]);

    public static string Json(RetrainSummary summary) => JsonSerializer.Serialize(new
    {
        summary.Model,
        summary.Version,
        Parent = new { Version = summary.ParentVersion, Alias = summary.ParentAlias, RunId = summary.ParentRunId },
        summary.Family,
        Transfer = new { Method = summary.TransferMethod, Description = summary.TransferDescription },
        summary.Hyperparameters,
        summary.DatasetVersionId,
        summary.TrainRows,
        summary.TestRows,
        CrossValidation = new { AucMean = summary.CvAucMean, AucStd = summary.CvAucStd },
        Test = new { New = summary.New, Parent = summary.Parent },
        summary.Paired,
        summary.PairedSentence,
        Caveat,
        summary.Threshold,
        AliasMoved = new { Alias = RetrainOptions.ChallengerAlias, From = summary.ChallengerWas, To = summary.Version },
    }, ReportJson.Options);

    private static ImmutableArray<string> Row(string name, TestScore score) =>
        [name, score.AucLower is { } low && score.AucUpper is { } high ? $"{TrainReport.N(score.Auc)} [{TrainReport.N(low)}, {TrainReport.N(high)}]" : TrainReport.N(score.Auc),
            TrainReport.N(score.AveragePrecision), TrainReport.N(score.LogLoss), TrainReport.N(score.Brier)];

    private static LineSeries Series(string name, ImmutableArray<double> x, ImmutableArray<double> y)
    {
        var count = Math.Min(x.Length, y.Length);
        var stride = Math.Max(1, (count + MaxPoints - 1) / MaxPoints);
        return new LineSeries(name, [.. Enumerable.Range(0, count).Where(i => i % stride == 0 || i == count - 1).Select(i => new ChartPoint(x[i], y[i]))]);
    }

    private static string V(long value) => value.ToString(CultureInfo.InvariantCulture);
}
