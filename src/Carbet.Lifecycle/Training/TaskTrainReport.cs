using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

using Carbet.Core;
using Carbet.Core.Reports;
using Carbet.Lifecycle.DataSteps;

namespace Carbet.Lifecycle.Training;

/// <summary>The multiclass or regression train report: the rule, the leaderboard, and the winner's confusion matrix and
/// per-class metrics, or its residuals.</summary>
internal static partial class TaskTrainReport
{
    public static ReportDocument Document(TaskTrainSummary summary, ImmutableArray<TaskOutcome> ranked)
    {
        var winner = ranked[0];
        var task = summary.Task.ToString().ToLowerInvariant();
        ImmutableArray<KeyValuePair<string, string>> facts =
        [
            new("Task", task),
            new("Chosen family", winner.Family),
            new("Registered", $"{summary.Model} v{summary.Version.ToString(CultureInfo.InvariantCulture)}" + (summary.Alias is { } alias ? $", now {alias.Alias}" : "")),
            new("Dataset version", summary.DatasetVersionId),
            new("Training / test rows", $"{summary.TrainRows.ToString(CultureInfo.InvariantCulture)} / {summary.TestRows.ToString(CultureInfo.InvariantCulture)}"),
            .. summary.Classes.IsEmpty ? [] : (KeyValuePair<string, string>[])[new("Classes (index order)", string.Join(", ", summary.Classes))],
        ];
        return new ReportDocument($"carbet train ({task}): {summary.Model} v{summary.Version.ToString(CultureInfo.InvariantCulture)}",
        [
            new ReportSection("Selection rule",
            [
                new ParagraphBlock($"Written down before any test score: {summary.Rule}. The faster family is the one with the shorter mean fit time over the folds, so a tie can fall differently on another machine. Cross-validation used only the training rows; the test rows only scored."),
                new KeyValueBlock(facts),
            ]),
            new ReportSection("Leaderboard", [Leaderboard(summary)]),
            .. TuningSections(summary, winner),
            .. summary.Task == TaskKind.Regression ? RegressionSections(winner) : MulticlassSections(summary, winner),
            .. EvidenceSections(summary, ranked),
        ]);
    }

    public static string Json(TaskTrainSummary summary, ImmutableArray<TaskOutcome> ranked) => JsonSerializer.Serialize(new
    {
        Task = summary.Task.ToString().ToLowerInvariant(),
        summary.Rule,
        summary.CvMetric,
        summary.Model,
        summary.Version,
        summary.DatasetVersionId,
        summary.TrainRows,
        summary.TestRows,
        Winner = summary.Winner.Family,
        summary.Classes,
        Hyperparameters = Hyperparameters(summary, ranked[0]),
        Leaderboard = ranked.Select((o, i) => new { Rank = i + 1, o.Family, Tuned = o.Tuning is not null, o.RunId, CvFolds = o.FoldScores, Metrics = o.Metrics() }),
        Tuning = summary.Tuning is { } tuning ? Lifecycle.Tuning.TuningReport.Json(tuning) : null,
        Confusion = ranked[0].Classes?.Confusion,
        PerClass = ranked[0].Classes?.Classes,
        summary.Importance,
        summary.OnnxStatus,
        AliasesMoved = false,
    }, ReportJson.Options);

    private static TableBlock Leaderboard(TaskTrainSummary summary)
    {
        var regression = summary.Task == TaskKind.Regression;
        (string Header, string Key)[] columns = regression
            ? [("Test RMSE", "test_rmse"), ("Test MAE", "test_mae"), ("Test R²", "test_r2")]
            : [("Test macro-F1", "test_macro_f1"), ("Test micro-F1", "test_micro_f1"), ("Test accuracy", "test_accuracy"), ("Test log loss", "test_log_loss"), ("Test AUC (OvR macro)", "test_roc_auc_ovr_macro")];
        return new TableBlock(
            ["Rank", "Family", $"CV {summary.CvMetric} mean ± std", .. columns.Select(c => c.Header), "CV fit s", "Fit s", "µs/row", EnergyReport.Header],
            [.. summary.Leaderboard.Select(e => ImmutableArray.Create(
            [
                e.Rank.ToString(CultureInfo.InvariantCulture), e.Label, $"{N(e.CvMean)} ± {N(e.CvStd)}", .. columns.Select(c => N(e.Metric(c.Key))),
                e.CvFitTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), e.FitTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                e.InferencePerRow.TotalMicroseconds.ToString("0.0", CultureInfo.InvariantCulture), EnergyReport.Cell(e.EnergyWh, e.Co2eGrams),
            ]))]);
    }

    public static string N(double value) => double.IsFinite(value) ? value.ToString("0.0000", CultureInfo.InvariantCulture) : "n/a";
}
