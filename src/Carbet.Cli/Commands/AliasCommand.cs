using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Tracking;
using Carbet.Tracking.Registry;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet models alias set|remove</c>: move an alias atomically, recorded in the audit log.</summary>
internal static class AliasCommand
{
    private static readonly Option<string> Actor = new("--actor")
    {
        Description = "Who the audit log records for the change. Default: the operating-system user.",
        DefaultValueFactory = _ => Environment.UserName,
    };

    public static Command Create(CliConsole console) => new("alias", "Point an alias (champion, challenger, any name) at a version, or remove it.")
    {
        Set(console),
        Remove(console),
    };

    private static Command Set(CliConsole console)
    {
        var model = new Argument<string>("model") { Description = "The model name." };
        var alias = new Argument<string>("alias") { Description = "The alias: lower-case letters, digits, '-' and '_'." };
        var version = new Argument<int>("version") { Description = "The version it should point at." };
        var command = new Command("set", "Point an alias at a version, creating or moving it.") { model, alias, version, Actor };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var change = await store.Models.SetAliasAsync(parse.GetRequiredValue(model), parse.GetRequiredValue(alias), parse.GetValue(version), parse.GetRequiredValue(Actor), ct);
            Write(console.Out, change);
            return CarbetCli.Success;
        });
        return command;
    }

    private static Command Remove(CliConsole console)
    {
        var model = new Argument<string>("model") { Description = "The model name." };
        var alias = new Argument<string>("alias") { Description = "The alias to remove." };
        var command = new Command("remove", "Remove an alias; the version it pointed at stays.") { model, alias, Actor };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var change = await store.Models.RemoveAliasAsync(parse.GetRequiredValue(model), parse.GetRequiredValue(alias), parse.GetRequiredValue(Actor), ct);
            Write(console.Out, change);
            return CarbetCli.Success;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, AliasChange change) =>
        console.Write(OutputTable.Create("Alias change (recorded in the audit log)", "Model", "Alias", "From", "To", "By", "At")
            .Row(change.Model, change.Alias, ModelsCommand.Version(change.FromVersion), ModelsCommand.Version(change.ToVersion), change.Actor, Format.Time(change.At)));
}
