using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Lifecycle.DataSteps;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet data approve</c>: a stakeholder's sign-off of the prepared dataset, shown in the datasheet.</summary>
internal static class DataApproveCommand
{
    public static Command Create(CliConsole console)
    {
        var role = new Option<string>("--role") { Description = "The role signing: sponsor, legal, dpo (datasheet.approvers).", Required = true };
        var by = new Option<string>("--by") { Description = "The name of the person signing.", Required = true };
        var note = new Option<string?>("--note") { Description = "A remark kept with the sign-off." };
        var version = new Option<string?>("--version") { Description = "The dataset version id. Default: the newest prepared version." };
        var command = new Command("approve", "Record a sign-off of the prepared dataset and rewrite its datasheet with approvals given and pending.") { role, by, note, version };
        command.SetAction(async (parse, ct) =>
        {
            var (project, store, _) = await DataCommand.OpenAsync(parse, ct);
            await using var _store = store;
            var s = await new DataApproveWorkflow(store).RunAsync(project, parse.GetRequiredValue(role), parse.GetRequiredValue(by), parse.GetValue(note), parse.GetValue(version), ct);
            var table = OutputTable.Create($"Approvals of {s.Version.Dataset} v{s.Version.Version}", "Role", "By", "At", "Note");
            foreach (var a in s.Approvals)
                table.Row(a.Role, a.By, Format.Time(a.At), a.Note ?? "");
            console.Out.Write(table);
            console.Out.WriteLine(s.Pending.IsEmpty ? "Every required approval is given." : $"Pending: {string.Join(", ", s.Pending)}.");
            console.Out.WriteLine($"Datasheet rewritten in {s.DatasheetFolder}.");
            return CarbetCli.Success;
        });
        return command;
    }
}
