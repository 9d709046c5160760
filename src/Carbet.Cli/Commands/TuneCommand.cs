using System.CommandLine;
using System.Globalization;

using Carbet.Cli.Rendering;
using Carbet.Lifecycle.Tuning;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet tune</c>: a tuning study of one family; start it in several processes to share the work.</summary>
internal static class TuneCommand
{
    public static Command Create(CliConsole console)
    {
        var project = new Option<FileInfo>("--project") { Description = "The project file.", DefaultValueFactory = _ => new FileInfo("carbet.yaml") };
        var family = new Option<string>("--family") { Description = "The model family to tune.", DefaultValueFactory = _ => "lightgbm" };
        var folds = new Option<int?>("--folds") { Description = "Cross-validation folds (2 to 20); the pruner reads the running mean after each. Default: training.tuning.folds, else 3." };
        var trials = new Option<int?>("--trials") { Description = "Trials the study may hold in all, across every worker and earlier run. Default: training.tuning.trials, else 40." };
        var timeout = new Option<string?>("--timeout") { Description = "Time after which this worker starts no new trial, e.g. 90s, 10m. Default: training.tuning.timeout, else 10m." };
        var sampler = new Option<string?>("--sampler") { Description = "tpe or random. Default: training.tuning.sampler, else tpe." };
        var pruner = new Option<string?>("--pruner") { Description = "median, halving or none. Default: training.tuning.pruner, else median." };
        var study = new Option<string?>("--study") { Description = "The study's name. Default: derived from the project, family and data, as carbet train names it, so train resumes it." };
        var command = new Command("tune", "Tune one model family's hyperparameters in a study kept in the store; run it in several processes or machines on one store to share the trials.")
        {
            project, family, folds, trials, timeout, sampler, pruner, study,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (file, store, context) = await DataCommand.OpenAsync(parse, parse.GetRequiredValue(project), ct);
            await using var _store = store;
            var train = TrainCommandOptions.Resolve(file, null, parse.GetValue(folds), parse.GetValue(trials), parse.GetValue(timeout));
            var tuning = train.Tuning! with
            {
                Sampler = Choice(parse.GetValue(sampler), "--sampler", ["tpe", "random"]) ?? train.Tuning!.Sampler,
                Pruner = Choice(parse.GetValue(pruner), "--pruner", ["median", "halving", "none"]) ?? train.Tuning!.Pruner,
            };
            var options = new TuneOptions { Family = parse.GetRequiredValue(family), Folds = parse.GetValue(folds), Tuning = tuning, Study = parse.GetValue(study) };
            var s = await ProgressDisplay.RunAsync(console.Out, "Tuning", progress => new TuneWorkflow(store, context).RunAsync(file, options, progress, ct));
            var o = s.Outcome;
            var best = OutputTable.Create($"Best values in study {o.Study}", "Hyperparameter", "Value");
            foreach (var parameter in o.Space.Parameters)
                best.Row(parameter.Name, TuningText.Value(parameter, o.Best.Get(parameter)));
            console.Out.Write(best);
            console.Out.WriteLine(TuningText.Sentence(o));
            console.Out.Write(OutputTable.Create("carbet tune", "Produced", "Value")
                .Row("Study", o.Study)
                .Row("Trials run by this worker", o.Run.TrialsRun.ToString(CultureInfo.InvariantCulture))
                .Row("Silent workers' trials failed", StaleText(o.Run.StaleTrialsFailed))
                .Row("Worker", s.Worker)
                .Row("Energy", $"{s.Energy.EnergyWh.ToString("0.###", CultureInfo.InvariantCulture)} Wh ({s.Energy.MethodName})")
                .Row("Artifacts", "reports/tune.html, reports/tune.json, tensorboard/tuning/")
                .Row("Run", s.RunId)
                .Row("Next", "carbet train: it resumes this study and uses its best values"));
            return CarbetCli.Success;
        });
        return command;
    }

    private static string StaleText(int stale) => stale == 0
        ? "none"
        : string.Create(CultureInfo.InvariantCulture, $"{stale}: running trials whose worker sent no heartbeat within the grace period");

    private static string? Choice(string? value, string option, string[] allowed) => value is null || allowed.Contains(value) ? value
        : throw new Core.UserErrorException($"{option} is '{value}'.", $"Use one of: {string.Join(", ", allowed)}.");
}
