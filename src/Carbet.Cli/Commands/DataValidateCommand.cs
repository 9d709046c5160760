using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Lifecycle.DataSteps;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet data validate</c>: exit code 1 when an expectation fails, so CI can stop on bad data.</summary>
internal static class DataValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var suggest = new Option<bool>("--suggest") { Description = "Learn expectations from the data and write them into carbet.yaml first." };
        var command = new Command("validate", "Check the expectations of carbet.yaml on the data; exit code 1 when one fails.") { suggest };
        command.SetAction(async (parse, ct) =>
        {
            var (project, store, context) = await DataCommand.OpenAsync(parse, ct);
            await using var _store = store;
            var summary = await ProgressDisplay.RunAsync(console.Out, "Validating", progress => new DataValidateWorkflow(store, context).RunAsync(project, parse.GetValue(suggest), progress, ct));
            var table = OutputTable.Create($"carbet data validate: {summary.Result.Results.Length - summary.Result.FailedCount} passed, {summary.Result.FailedCount} failed",
                "Expectation", "Result", "Failing rows", "First failing lines", "Message");
            foreach (var r in summary.Result.Results)
                table.Row(r.Expectation.Name, r.Passed ? "pass" : "FAIL", Format.Count(r.Failing), string.Join(", ", r.FailingLines.Take(5)), r.Message);
            console.Out.Write(table);
            if (summary.SuggestedInto is { } file)
                console.Out.WriteLine($"Wrote {summary.Result.Results.Length} suggested expectations into {file}; review them.");
            console.Out.WriteLine($"Reports: reports/validation.html and .json of run {summary.RunId}.");
            return summary.Result.Passed ? CarbetCli.Success : CarbetCli.Failure;
        });
        return command;
    }
}
