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
        var families = new Option<string?>("--families")
        {
            Description = $"Comma-separated model families to compare. Default: training.families of carbet.yaml, else {string.Join(",", new TrainOptions().Families)} (multiclass and regression: every family of their task).",
        };
        var folds = new Option<int?>("--folds") { Description = "Cross-validation folds on the training rows (2 to 20): stratified, or time-ordered when carbet.yaml has data.time. Default: training.folds, else 5." };
        var trials = new Option<int?>("--trials") { Description = "Tuning trials for LightGBM (else the best family); 0 turns tuning off. Default: training.tuning.trials, else 40." };
        var timeout = new Option<string?>("--timeout") { Description = "Time after which tuning starts no new trial, e.g. 90s, 10m. Default: training.tuning.timeout, else 10m." };
        var before = new Option<string?>("--before") { Description = "Train and test only on rows whose data.time is before this date (YYYY-MM-DD); later rows play production. Default: every row." };
        var command = new Command("train", "Cross-validate each model family, tune the best, rank them by a rule fixed in advance, test, and register the winner as a new model version.")
        {
            project, families, folds, trials, timeout, before,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (file, store, context) = await DataCommand.OpenAsync(parse, parse.GetRequiredValue(project), ct);
            await using var _store = store;
            var options = TrainCommandOptions.Resolve(file, parse.GetValue(families), parse.GetValue(folds), parse.GetValue(trials), parse.GetValue(timeout), parse.GetValue(before));
            if (file.Task != TaskKind.Binary)
            {
                var taskOptions = parse.GetValue(families) is null && file.Training.Families.IsEmpty
                    ? options with { Families = TaskTrainWorkflow.DefaultFamilies(file.Task) }
                    : options;
                var summary = await ProgressDisplay.RunAsync(console.Out, "Training", progress => new TaskTrainWorkflow(store, context).RunAsync(file, taskOptions, progress, ct));
                TaskTrainView.Write(console.Out, summary);
                return CarbetCli.Success;
            }
            var s = await ProgressDisplay.RunAsync(console.Out, "Training", progress => new TrainWorkflow(store, context).RunAsync(file, options, progress, ct));
            var board = OutputTable.Create($"Leaderboard ({s.Rule})", "#", "Family", "CV AUC mean ± std", "Test AUC [95% CI]", "CV fit s", "µs/row");
            foreach (var e in s.Leaderboard)
            {
                board.Row(e.Rank.ToString(CultureInfo.InvariantCulture), e.Label, $"{Format.Metric(e.CvAucMean)} ± {Format.Metric(e.CvAucStd)}", Auc(e),
                    e.CvFitTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), e.InferencePerRow.TotalMicroseconds.ToString("0.0", CultureInfo.InvariantCulture));
            }
            console.Out.Write(board);
            console.Out.WriteLine(s.PairedSentence);
            if (s.TuningSentence is { } tuning)
                console.Out.WriteLine(tuning);
            console.Out.Write(OutputTable.Create("carbet train", "Produced", "Value")
                .Row("Chosen family", s.Winner.Family)
                .Row("Registered version", $"{s.Model} {Format.Version(s.Version)}")
                .Row("Alias", AliasText(s))
                .Row("Decision threshold", s.Threshold.Description)
                .Row("Dataset version", s.DatasetVersionId)
                .Row("Training / test rows", $"{Format.Count(s.TrainRows)} / {Format.Count(s.TestRows)}")
                .Row("Artifacts", "model/model.zip, reports/train.html, reports/train.json")
                .Row("Run", s.RunId));
            return CarbetCli.Success;
        });
        return command;
    }

    private static string AliasText(TrainSummary s) => s.Alias is not { } a ? "none moved"
        : a.FromVersion is { } from ? $"{a.Alias} -> {Format.Version(s.Version)} (was {Format.Version(from)})"
        : a.Alias == Tracking.Registry.Aliases.Champion ? $"champion -> {Format.Version(s.Version)} (the model had no champion)"
        : $"{a.Alias} -> {Format.Version(s.Version)} (the champion stays; promote after review)";

    private static string Auc(LeaderboardEntry e) => e.TestAucLower is { } low && e.TestAucUpper is { } high
        ? $"{Format.Metric(e.TestAuc)} [{Format.Metric(low)}, {Format.Metric(high)}]"
        : Format.Metric(e.TestAuc);
}
