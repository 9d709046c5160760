using System.Globalization;

using Carbet.Core;
using Carbet.Lifecycle.Training;

using Spectre.Console;

namespace Carbet.Cli.Rendering;

/// <summary>The leaderboard and summary of <c>carbet train</c> on a multiclass or regression project.</summary>
internal static class TaskTrainView
{
    public static void Write(IAnsiConsole console, TaskTrainSummary s)
    {
        (string Header, string Key)[] columns = s.Task == TaskKind.Regression
            ? [("Test RMSE", "test_rmse"), ("Test MAE", "test_mae"), ("Test R²", "test_r2")]
            : [("Test macro-F1", "test_macro_f1"), ("Test accuracy", "test_accuracy"), ("Test log loss", "test_log_loss")];
        var board = OutputTable.Create($"Leaderboard ({s.Rule})", ["#", "Family", $"CV {s.CvMetric} mean ± std", .. columns.Select(c => c.Header), "CV fit s", "µs/row"]);
        foreach (var e in s.Leaderboard)
        {
            board.Row([e.Rank.ToString(CultureInfo.InvariantCulture), e.Label, $"{Format.Metric(e.CvMean)} ± {Format.Metric(e.CvStd)}",
                .. columns.Select(c => Format.Metric(e.Metric(c.Key))),
                e.CvFitTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), e.InferencePerRow.TotalMicroseconds.ToString("0.0", CultureInfo.InvariantCulture)]);
        }
        console.Write(board);
        if (s.TuningSentence is { } tuning)
            console.WriteLine(tuning);
        var summary = OutputTable.Create("carbet train", "Produced", "Value")
            .Row("Task", s.Task.ToString().ToLowerInvariant())
            .Row("Chosen family", s.Winner.Family)
            .Row("Registered version", $"{s.Model} {Format.Version(s.Version)}" + (s.Alias is { } a ? $", now {a.Alias}" : ""));
        if (!s.Classes.IsEmpty)
            summary.Row("Classes", string.Join(", ", s.Classes));
        console.Write(summary
            .Row("Dataset version", s.DatasetVersionId)
            .Row("Training / test rows", $"{Format.Count(s.TrainRows)} / {Format.Count(s.TestRows)}")
            .Row("Artifacts", "model/model.zip, reports/train.html, reports/train.json")
            .Row("Run", s.RunId));
    }
}
