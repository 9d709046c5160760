using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Lifecycle.DataSteps;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet data profile</c>: the profile report (HTML and JSON) as run artifacts (C1).</summary>
internal static class DataProfileCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("profile", "Profile the project's data: types, missing values, distributions, duplicates, associations, relation to the target and leakage alerts.");
        command.SetAction(async (parse, ct) =>
        {
            var (project, store, context) = await DataCommand.OpenAsync(parse, ct);
            await using var _store = store;
            var summary = await ProgressDisplay.RunAsync(console.Out, "Profiling", progress => new DataProfileWorkflow(store, context).RunAsync(project, progress, ct));
            var p = summary.Profile;
            console.Out.Write(OutputTable.Create("carbet data profile", "Produced", "Value")
                .Row("Rows read / kept / rejected", $"{Format.Count(summary.Load.RowsRead)} / {Format.Count(summary.Load.RowsKept)} / {Format.Count(summary.Load.RowsRejected)}")
                .Row("Columns", Format.Count(p.ColumnCount))
                .Row("Exact duplicate rows", Format.Count(p.Duplicates.DuplicateRows))
                .Row("Raw dataset version", $"{summary.RawVersion.Dataset} v{summary.RawVersion.Version} ({summary.RawVersion.Id})")
                .Row("Run", summary.RunId)
                .Row("Reports", "reports/profile.html, reports/profile.json (run artifacts)"));
            var alerts = OutputTable.Create($"{p.Alerts.Length} alerts", "Kind", "Column", "Message");
            foreach (var alert in p.Alerts)
                alerts.Row(alert.Kind.ToString(), alert.Column ?? "", alert.Message);
            console.Out.Write(alerts);
            return CarbetCli.Success;
        });
        return command;
    }
}
