using System.CommandLine;
using System.Globalization;

using Carbet.Cli.Rendering;
using Carbet.Core;
using Carbet.Lifecycle.Training;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet train</c>: compares model families on the newest prepared data and registers the winner.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var project = new Option<FileInfo>("--project") { Description = "The project file.", DefaultValueFactory = _ => new FileInfo("carbet.yaml") };
        var families = new Option<string>("--families")
        {
            Description = "Comma-separated model families to compare. Multiclass and regression projects default to every family of their task.",
            DefaultValueFactory = _ => string.Join(",", new TrainOptions().Families),
        };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds on the training rows (2 to 20): stratified, or time-ordered when carbet.yaml has data.time.", DefaultValueFactory = _ => 5 };
        var command = new Command("train", "Cross-validate and test each model family, rank them by a rule fixed in advance, and register the winner as a new model version.")
        {
            project, families, folds,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (file, store, context) = await DataCommand.OpenAsync(parse, parse.GetRequiredValue(project), ct);
            await using var _store = store;
            if (file.Task != TaskKind.Binary)
            {
                var chosen = parse.GetResult(families) is { Implicit: false } ? parse.GetRequiredValue(families) : string.Join(",", TaskTrainWorkflow.DefaultFamilies(file.Task));
                var taskOptions = new TrainOptions { Families = [.. chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], Folds = parse.GetValue(folds) };
                var summary = await ProgressDisplay.RunAsync(console.Out, "Training", progress => new TaskTrainWorkflow(store, context).RunAsync(file, taskOptions, progress, ct));
                TaskTrainView.Write(console.Out, summary);
                return CarbetCli.Success;
            }
            var options = new TrainOptions
            {
                Families = [.. parse.GetRequiredValue(families).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                Folds = parse.GetValue(folds),
            };
            var s = await ProgressDisplay.RunAsync(console.Out, "Training", progress => new TrainWorkflow(store, context).RunAsync(file, options, progress, ct));
            var board = OutputTable.Create($"Leaderboard ({s.Rule})", "#", "Family", "CV AUC mean ± std", "Test AUC [95% CI]", "CV fit s", "µs/row");
            foreach (var e in s.Leaderboard)
            {
                board.Row(e.Rank.ToString(CultureInfo.InvariantCulture), e.Family, $"{Format.Metric(e.CvAucMean)} ± {Format.Metric(e.CvAucStd)}", Auc(e),
                    e.CvFitTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), e.InferencePerRow.TotalMicroseconds.ToString("0.0", CultureInfo.InvariantCulture));
            }
            console.Out.Write(board);
            console.Out.WriteLine(s.PairedSentence);
            console.Out.Write(OutputTable.Create("carbet train", "Produced", "Value")
                .Row("Chosen family", s.Winner.Family)
                .Row("Registered version", $"{s.Model} {Format.Version(s.Version)} (no alias moved; a later gate promotes it)")
                .Row("Decision threshold", s.Threshold.Description)
                .Row("Dataset version", s.DatasetVersionId)
                .Row("Training / test rows", $"{Format.Count(s.TrainRows)} / {Format.Count(s.TestRows)}")
                .Row("Artifacts", "model/model.zip, reports/train.html, reports/train.json")
                .Row("Run", s.RunId));
            return CarbetCli.Success;
        });
        return command;
    }

    private static string Auc(LeaderboardEntry e) => e.TestAucLower is { } low && e.TestAucUpper is { } high
        ? $"{Format.Metric(e.TestAuc)} [{Format.Metric(low)}, {Format.Metric(high)}]"
        : Format.Metric(e.TestAuc);
}
