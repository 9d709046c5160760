using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Tracking;
using Carbet.Tracking.Keys;


namespace Carbet.Cli.Commands;

/// <summary><c>carbet keys create|list|revoke</c>: the API keys <c>carbet serve</c> accepts, with their roles.</summary>
internal static class KeysCommand
{
    private static readonly Option<string> Actor = new("--actor")
    {
        Description = "Who the audit log records for the change. Default: the operating-system user.",
        DefaultValueFactory = _ => Environment.UserName,
    };

    public static Command Create(CliConsole console) => new("keys", "Create, list and revoke the API keys of the server; each key has a role: predict, review or admin.")
    {
        CreateKey(console),
        List(console),
        Revoke(console),
    };

    private static Command CreateKey(CliConsole console)
    {
        var role = new Option<string>("--role") { Description = "predict: ask for predictions and report outcomes; review: also decide reviews; admin: also move aliases and flip the stop switch.", Required = true };
        role.AcceptOnlyFromAmong("predict", "review", "admin");
        var name = new Option<string>("--name") { Description = "Who or what will use the key, e.g. loan-system.", Required = true };
        var command = new Command("create", "Create a key; it is printed once and stored only as a hash.") { role, name, Actor };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            await CreateAsync(console, store, parse.GetRequiredValue(name), Enum.Parse<ApiKeyRole>(parse.GetRequiredValue(role), ignoreCase: true),
                parse.GetRequiredValue(Actor), ct);
            return CarbetCli.Success;
        });
        return command;
    }

    /// <summary>Creates a key and prints it, once: the store keeps only its hash.</summary>
    public static async Task<NewApiKey> CreateAsync(CliConsole console, IStore store, string name, ApiKeyRole role, string actor, CancellationToken ct)
    {
        var created = await store.Keys.CreateAsync(name, role, actor, ct);
        console.Out.Write(OutputTable.Create("carbet keys create", "Item", "Value")
            .Row("Id", created.Key.Id)
            .Row("Name", created.Key.Name)
            .Row("Role", RoleName(created.Key.Role))
            .Row("Use", "Authorization: Bearer <key> (or X-Api-Key: <key>)"));
        // on a line of its own, unwrapped, so it can be copied whole; it cannot be shown again
        await console.OutWriter.WriteLineAsync("The key, shown this once (the store keeps only its hash):");
        await console.OutWriter.WriteLineAsync(created.Secret);
        return created;
    }

    private static Command List(CliConsole console)
    {
        var command = new Command("list", "Every key, newest first: id, name, role, who created it and when, revoked or active.");
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var keys = await store.Keys.ListAsync(ct);
            var table = OutputTable.Create($"API keys ({keys.Length})", "Id", "Name", "Role", "Created", "By", "State");
            foreach (var key in keys)
                table.Row(key.Id, key.Name, RoleName(key.Role), Format.Time(key.CreatedAt), key.CreatedBy, key.RevokedAt is { } at ? $"revoked {Format.Time(at)}" : "active");
            console.Out.Write(table);
            return CarbetCli.Success;
        });
        return command;
    }

    private static Command Revoke(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The key's id, as carbet keys list shows it (k followed by 12 hex digits)." };
        var command = new Command("revoke", "Revoke a key: the server refuses it from its next request.") { id, Actor };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var key = await store.Keys.RevokeAsync(parse.GetRequiredValue(id), parse.GetRequiredValue(Actor), ct);
            await console.OutWriter.WriteLineAsync($"Key {key.Id} ({key.Name}, {RoleName(key.Role)}) is revoked since {Format.Time(key.RevokedAt!.Value)}.");
            return CarbetCli.Success;
        });
        return command;
    }

    private static string RoleName(ApiKeyRole role) => role.ToString().ToLowerInvariant();
}
