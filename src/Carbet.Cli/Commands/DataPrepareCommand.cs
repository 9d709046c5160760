using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Lifecycle.DataSteps;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet data prepare</c>: a new prepared dataset version with its recipe, lineage, split and datasheet (C3).</summary>
internal static class DataPrepareCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("prepare", "Clean the data with a recorded recipe, version it as Parquet with its lineage, split it and write its datasheet.");
        command.SetAction(async (parse, ct) =>
        {
            var (project, store, context) = await DataCommand.OpenAsync(parse, ct);
            await using var _store = store;
            var s = await ProgressDisplay.RunAsync(console.Out, "Preparing", progress => new DataPrepareWorkflow(store, context).RunAsync(project, progress, ct));
            var steps = OutputTable.Create("Recipe steps", "#", "Step", "What it did", "Rows before", "Rows after", "Cells changed");
            foreach (var step in s.Preparation.Steps)
                steps.Row(step.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), step.Type, step.Description, Format.Count(step.RowsBefore), Format.Count(step.RowsAfter), Format.Count(step.CellsChanged));
            console.Out.Write(steps);
            console.Out.Write(OutputTable.Create("carbet data prepare", "Produced", "Value")
                .Row("Rows read / rejected at load", $"{Format.Count(s.Load.RowsRead)} / {Format.Count(s.Load.RowsRejected)}")
                .Row("Rows before / after / dropped", $"{Format.Count(s.Preparation.RowsBefore)} / {Format.Count(s.Preparation.RowsAfter)} / {Format.Count(s.Preparation.RowsDropped)}")
                .Row("Raw version", $"{s.RawVersion.Dataset} v{s.RawVersion.Version} ({s.RawVersion.Id})")
                .Row("Prepared version", $"{s.PreparedVersion.Dataset} v{s.PreparedVersion.Version} ({s.PreparedVersion.Id}), parent {s.RawVersion.Id}")
                .Row("Split", $"{s.Split.Method}: {Format.Count(s.Split.Train.Length)} / {Format.Count(s.Split.Validation.Length)} / {Format.Count(s.Split.Test.Length)}")
                .Row("Artifacts", "data/prepared.parquet, data/recipe.json, data/split.json, reports/datasheet.{md,html}")
                .Row("Datasheet", s.DatasheetFolder)
                .Row("Run", s.RunId));
            return CarbetCli.Success;
        });
        return command;
    }
}
