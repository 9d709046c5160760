using System.CommandLine;
using System.Globalization;

using Carbet.Cli.Rendering;
using Carbet.Core;
using Carbet.Tracking;
using Carbet.Tracking.Registry;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet models list|show|compare</c> and <c>carbet models alias set|remove</c>: the model registry.</summary>
internal static class ModelsCommand
{
    public static Command Create(CliConsole console) => new("models", "Read the model registry and move aliases.")
    {
        List(console),
        Show(console),
        Compare(console),
        AliasCommand.Create(console),
    };

    private static Command List(CliConsole console)
    {
        var command = new Command("list", "List registered models with their aliases and the champion's test AUC.");
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var table = OutputTable.Create("Models", "Model", "Latest", "Aliases", "Champion test_auc", "Created");
            foreach (var model in await store.Models.ListAsync(ct))
            {
                var champion = await store.Models.ResolveAsync(model.Name, Aliases.Champion, ct);
                table.Row(model.Name, Format.Version(model.LatestVersion),
                    string.Join(", ", model.Aliases.Select(a => $"{a.Key} -> {Format.Version(a.Value)}")),
                    champion is not null && champion.Metrics.TryGetValue("test_auc", out var auc) ? Format.Metric(auc) : "",
                    Format.Time(model.CreatedAt));
            }
            console.Out.Write(table);
            return CarbetCli.Success;
        });
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var model = new Argument<string>("model") { Description = "The model name." };
        var version = new Option<int?>("--version") { Description = "Show this version in detail instead of listing versions." };
        var command = new Command("show", "List a model's versions, or show one version in detail.") { model, version };
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetRequiredValue(model);
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            _ = await store.Models.FindAsync(name, ct) ?? throw UnknownModel(name, store);
            if (parse.GetValue(version) is { } number)
            {
                var detail = await store.Models.GetVersionAsync(name, number, ct)
                    ?? throw new UserErrorException($"Model '{name}' has no version {number}.", $"List its versions with 'carbet models show {name}'.");
                ModelVersionView.Write(console.Out, detail);
                return CarbetCli.Success;
            }
            var table = OutputTable.Create($"Versions of {name}", "Version", "Aliases", "test_auc", "Run", "Dataset version", "Created");
            foreach (var v in await store.Models.ListVersionsAsync(name, ct))
            {
                table.Row(Format.Version(v.Version), string.Join(", ", v.Aliases), v.Metrics.TryGetValue("test_auc", out var auc) ? Format.Metric(auc) : "",
                    Format.ShortId(v.RunId), v.DatasetVersionId ?? "", Format.Time(v.CreatedAt));
            }
            console.Out.Write(table);
            return CarbetCli.Success;
        });
        return command;
    }

    private static Command Compare(CliConsole console)
    {
        var model = new Argument<string>("model") { Description = "The model name." };
        var versions = new Argument<int[]>("versions") { Description = "Two or more version numbers.", Arity = new ArgumentArity(2, 20) };
        var command = new Command("compare", "Compare versions of a model metric by metric.") { model, versions };
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetRequiredValue(model);
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var comparison = await store.Models.CompareAsync(name, parse.GetRequiredValue(versions), ct);
            var table = OutputTable.Create($"{name}: versions side by side",
                ["Metric", .. comparison.Versions.Select(v => Format.Version(v.Version))]);
            foreach (var key in comparison.MetricKeys)
                table.Row([key, .. comparison.Versions.Select(v => v.Metrics.TryGetValue(key, out var value) ? Format.Metric(value) : "")]);
            table.Row(["aliases", .. comparison.Versions.Select(v => string.Join(", ", v.Aliases))]);
            table.Row(["run", .. comparison.Versions.Select(v => Format.ShortId(v.RunId))]);
            console.Out.Write(table);
            return CarbetCli.Success;
        });
        return command;
    }

    internal static UserErrorException UnknownModel(string name, IStore store) =>
        new($"No model '{name}' in {store.Description}.", "List models with 'carbet models list', or run 'carbet demo' to register a first one.");

    internal static string Version(int? version) => version is { } v ? "v" + v.ToString(CultureInfo.InvariantCulture) : "(none)";
}
