using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Lifecycle.Project;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet init</c>: a commented carbet.yaml for a data file and its target.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Argument<FileInfo>("data") { Description = "The data file (CSV or Parquet)." };
        var target = new Option<string>("--target") { Description = "The column to predict.", Required = true };
        var name = new Option<string?>("--name") { Description = "The project name. Default: the file name." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the project file.", DefaultValueFactory = _ => new FileInfo("carbet.yaml") };
        var force = new Option<bool>("--force") { Description = "Replace an existing project file." };
        var command = new Command("init", "Write a commented carbet.yaml (use-case canvas, data, inferred types) for a data file and its target.")
        {
            data, target, name, output, force,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetRequiredValue(output).FullName;
            var guess = await ProjectInitializer.WriteAsync(parse.GetRequiredValue(data).FullName, parse.GetRequiredValue(target), parse.GetValue(name), path, parse.GetValue(force), ct);
            console.Out.Write(OutputTable.Create($"carbet init: {path}", "Guessed", "Value")
                .Row("Project", guess.Name)
                .Row("Task", guess.Task.ToString().ToLowerInvariant())
                .Row("Target", guess.Target + (guess.Positive is null ? "" : $" (positive: {guess.Positive})"))
                .Row("Id column", guess.Id ?? "none found")
                .Row("Time column", guess.Time ?? "none found")
                .Row("Sensitive", guess.Sensitive.IsEmpty ? "none found by name: add them" : string.Join(", ", guess.Sensitive))
                .Row("Columns", guess.Schema.Columns.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            console.Out.WriteLine("Next: fill in the use-case canvas in the file, then 'carbet data check' and 'carbet data profile'.");
            return CarbetCli.Success;
        });
        return command;
    }
}
