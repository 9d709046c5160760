using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Lifecycle;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet demo-data</c>: writes the demo world's files, without touching the store.</summary>
internal static class DemoDataCommand
{
    public static Command Create(CliConsole console)
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the world; the same seed gives the same bytes.", DefaultValueFactory = _ => CarbetContext.DefaultSeed };
        var months = new Option<int>("--months") { Description = "Months of applications (1 to 120).", DefaultValueFactory = _ => 24 };
        var rows = new Option<int>("--rows-per-month") { Description = "Applications per month (100 to 100,000).", DefaultValueFactory = _ => 2_000 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write into (created when missing).", DefaultValueFactory = _ => new DirectoryInfo("demo-world") };
        var command = new Command("demo-data", "Write the demo world as CSV and Parquet: the history, monthly batches, delayed outcomes and a manifest.")
        {
            seed, months, rows, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new DemoWorldOptions { Seed = parse.GetValue(seed), Months = parse.GetValue(months), ApplicationsPerMonth = parse.GetValue(rows) };
            var folder = parse.GetRequiredValue(output).FullName;
            var files = await ProgressDisplay.RunAsync(console.Out, "Generating", progress =>
                DemoWorldWriter.WriteAsync(options, folder,
                    progress.Map<DemoWorldProgress>(p => new($"Month {p.MonthsDone}/{p.MonthsTotal}", (double)p.MonthsDone / p.MonthsTotal)), ct));
            var table = OutputTable.Create($"carbet demo-data: {Format.Count(files.Applications)} applications in {files.Folder}", "File", "Rows", "Size", "sha256");
            foreach (var file in files.Files)
                table.Row(file.Path, Format.Count(file.Rows), Format.Bytes(file.Bytes), Format.ShortId(file.Sha256));
            console.Out.Write(table);
            return CarbetCli.Success;
        });
        return command;
    }
}
