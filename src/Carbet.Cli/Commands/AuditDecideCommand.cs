using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Lifecycle.Audit;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet audit decide</c>: the choice among the latest audit's mitigation options for one attribute, with its
/// justification, recorded in the audit log and on the audit run.</summary>
internal static class AuditDecideCommand
{
    public static Command Create(CliConsole console, Option<FileInfo> project, Option<string> from, Option<string?> model)
    {
        var attribute = new Option<string>("--attribute") { Description = "The sensitive attribute the decision is about, as the audit names it (e.g. sex).", Required = true };
        var option = new Option<string>("--option") { Description = $"The option chosen: {string.Join(", ", FairnessDecision.Options.Select(o => $"\"{o}\""))}.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why: what the option costs, who it protects, and why that is acceptable.", Required = true };
        var by = new Option<string>("--by") { Description = "Who decides, by name and role (e.g. \"Ana Diallo, risk officer\").", Required = true };
        var command = new Command("decide", "Record which mitigation option of the latest audit is chosen for an attribute, by whom and why.")
        {
            project, from, model, attribute, option, reason, by,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (file, store, _) = await DataCommand.OpenAsync(parse, parse.GetRequiredValue(project), ct);
            await using var _store = store;
            var name = parse.GetValue(model) ?? file.Name;
            var recorded = await FairnessDecision.RecordAsync(store, name, parse.GetRequiredValue(from), parse.GetRequiredValue(attribute), parse.GetRequiredValue(option),
                parse.GetRequiredValue(reason), parse.GetRequiredValue(by), ct);
            console.Out.Write(OutputTable.Create("carbet audit decide", "Recorded", "Value")
                .Row("Decision", $"{parse.GetRequiredValue(option)} for {parse.GetRequiredValue(attribute)} of {name}")
                .Row("By", recorded.Actor)
                .Row("When", Format.Time(recorded.At))
                .Row("Previous decision", recorded.Before ?? "none")
                .Row("Audit log", $"event {recorded.Id}, fairness.decision on {recorded.Subject}"));
            return CarbetCli.Success;
        });
        return command;
    }
}
