using System.CommandLine;
using System.Globalization;

using Carbet.Cli.Rendering;
using Carbet.Lifecycle.Retraining;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet retrain</c>: fits a registered version's family again on the newest prepared data and makes it the challenger.</summary>
internal static class RetrainCommand
{
    public static Command Create(CliConsole console)
    {
        var project = new Option<FileInfo>("--project") { Description = "The project file.", DefaultValueFactory = _ => new FileInfo("carbet.yaml") };
        var from = new Option<string>("--from")
        {
            Description = "The version to retrain: an alias (champion, challenger, ...) or a version number.",
            DefaultValueFactory = _ => "champion",
        };
        var model = new Option<string?>("--model") { Description = "The registered model. Default: the project's name." };
        var command = new Command("retrain",
            "Retrain a registered version's family on the newest prepared data, starting from that version where the family can, compare both on the same test rows, register the result and alias it challenger.")
        {
            project, from, model,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (file, store, context) = await DataCommand.OpenAsync(parse, parse.GetRequiredValue(project), ct);
            await using var _store = store;
            var options = new RetrainOptions { From = parse.GetRequiredValue(from), Model = parse.GetValue(model) };
            var s = await ProgressDisplay.RunAsync(console.Out, "Retraining", progress => new RetrainWorkflow(store, context).RunAsync(file, options, progress, ct));
            console.Out.Write(OutputTable.Create("Parent and new version on the same test rows", "Model", "Test AUC [95% CI]", "Average precision")
                .Row($"parent: {s.ParentName}", Auc(s.Parent), Format.Metric(s.Parent.AveragePrecision))
                .Row($"new: {s.Model} {Format.Version(s.Version)}", Auc(s.New), Format.Metric(s.New.AveragePrecision)));
            console.Out.WriteLine(s.PairedSentence);
            var moved = s.ChallengerWas is { } was ? $"moved from {Format.Version(was)}" : "new";
            console.Out.Write(OutputTable.Create("carbet retrain", "Produced", "Value")
                .Row("Family", $"{s.Family} ({s.TransferMethod})")
                .Row("Registered version", $"{s.Model} {Format.Version(s.Version)}, alias challenger ({moved}); champion unchanged")
                .Row("Cross-validated AUC", $"{Format.Metric(s.CvAucMean)} ± {Format.Metric(s.CvAucStd)}")
                .Row("Decision threshold", s.Threshold.Description)
                .Row("Dataset version", s.DatasetVersionId)
                .Row("Training / test rows", $"{Format.Count(s.TrainRows)} / {Format.Count(s.TestRows)}")
                .Row("Artifacts", "model/model.zip, reports/retrain.html, reports/retrain.json")
                .Row("Run", s.RunId));
            return CarbetCli.Success;
        });
        return command;
    }

    private static string Auc(TestScore score) => score.AucLower is { } low && score.AucUpper is { } high
        ? string.Create(CultureInfo.InvariantCulture, $"{Format.Metric(score.Auc)} [{Format.Metric(low)}, {Format.Metric(high)}]")
        : Format.Metric(score.Auc);
}
