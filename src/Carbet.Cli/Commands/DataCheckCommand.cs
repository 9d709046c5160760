using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Lifecycle.DataSteps;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet data check</c>: availability of each declared source (C1).</summary>
internal static class DataCheckCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("check", "Check that each declared source is reachable, readable, fresh and holds the required columns; list alternatives when it is not.");
        command.SetAction(async (parse, ct) =>
        {
            var (project, store, _) = await DataCommand.OpenAsync(parse, ct);
            await using var _store = store;
            var report = await new DataCheckWorkflow(store).RunAsync(project, ct);
            var table = OutputTable.Create("carbet data check", "Role", "Source", "Usable", "Rows", "Columns", "Last modified", "Newest timestamp", "Problem");
            foreach (var check in report.Checks)
            {
                var r = check.Result;
                table.Row(check.Role, check.Spec.ToString(), check.Usable ? "yes" : "NO", r.Rows is { } rows ? Format.Count(rows) : "", r.Columns?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    r.LastModified is { } modified ? Format.Time(modified) : "", r.NewestTimestamp is { } newest ? Format.Time(newest) : "",
                    r.Problem ?? (r.MissingRequiredColumns.IsEmpty ? "" : "missing columns: " + string.Join(", ", r.MissingRequiredColumns)));
            }
            console.Out.Write(table);
            console.Out.WriteLine(report.Advice);
            console.Out.WriteLine($"Recorded as run {report.RunId}.");
            return report.MainUsable ? CarbetCli.Success : CarbetCli.Failure;
        });
        return command;
    }
}
