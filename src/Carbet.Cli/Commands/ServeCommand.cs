using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Server;
using Carbet.Serving.Events;
using Carbet.Serving.Hosting;
using Carbet.Serving.Logging;
using Carbet.Serving.Review;
using Carbet.Serving.Scoring;
using Carbet.Serving.Validation;
using Carbet.Tracking;
using Carbet.Tracking.Registry;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet serve</c>: the prediction API and, with <c>--events</c>, a RabbitMQ consumer over the store's model, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var project = new Option<FileInfo>("--project") { Description = "The project file: its name is the default model and its review.band sends uncertain scores to review. Optional.", DefaultValueFactory = _ => new FileInfo("carbet.yaml") };
        var model = new Option<string?>("--model") { Description = "The model to serve. Default: the project's name, else the store's only model." };
        var alias = new Option<string>("--alias") { Description = "The alias served when a request names none; its moves are followed.", DefaultValueFactory = _ => Aliases.Champion };
        var version = new Option<int?>("--version") { Description = "Serve this fixed version instead of following --alias." };
        var poll = new Option<double>("--poll-seconds") { Description = "How often the registry is asked where the aliases point.", DefaultValueFactory = _ => 5 };
        var outOfDomain = new Option<string>("--out-of-domain") { Description = "A number outside the training range: reject the request (400) or score the row and put it in review.", DefaultValueFactory = _ => "reject" };
        outOfDomain.AcceptOnlyFromAmong("reject", "review");
        var unknownCategory = new Option<string>("--unknown-category") { Description = "A category never seen in training: reject the request (400) or score it as \"other\".", DefaultValueFactory = _ => "reject" };
        unknownCategory.AcceptOnlyFromAmong("reject", "other");
        var noAuth = new Option<bool>("--no-auth") { Description = "Accept every request without an API key, with every role: for a server on your own machine only." };
        var pseudonymise = new Option<string?>("--pseudonymise")
        {
            Description = $"Input fields stored as keyed pseudonyms in the prediction log, separated by commas (e.g. sex,commune); the secret key comes from {Pseudonymiser.KeyVariable}.",
        };
        var http = new ServeHttp();
        var events = new ServeEvents();
        var command = new Command("serve", "Serve the model's version behind an alias (default champion) as a REST API and, with --events, from a RabbitMQ queue, swapping when the alias moves; Ctrl+C stops.")
        {
            project, model, alias, version, poll, outOfDomain, unknownCategory, noAuth, pseudonymise,
        };
        foreach (var option in http.All.Concat(events.All))
            command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetRequiredValue(project);
            var projectFile = file.Exists ? ProjectFileLoader.Load(file.FullName) : null;
            if (parse.GetValue(poll) is not (> 0 and <= 3600) and var seconds)
                throw new UserErrorException($"--poll-seconds {seconds} is outside 0 to 3600.", "Give a positive number of seconds, such as 5.");
            var consuming = events.From(parse);
            var pseudonymiser = parse.GetValue(pseudonymise) is { } fields ? Pseudonymiser.FromEnvironment(fields.Split(',')) : null;
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var name = await ModelNameAsync(store, parse.GetValue(model) ?? projectFile?.Name, ct);
            var options = http.From(parse, new ModelHostOptions
            {
                Model = name,
                Alias = parse.GetRequiredValue(alias),
                Version = parse.GetValue(version),
                PollInterval = TimeSpan.FromSeconds(parse.GetValue(poll)),
                ReviewBand = projectFile?.Review is { } band ? new ReviewBand(band.Low, band.High) : null,
                Validation = new ValidationOptions
                {
                    OutOfDomain = parse.GetValue(outOfDomain) == "review" ? OutOfDomainPolicy.Review : OutOfDomainPolicy.Reject,
                    UnknownCategory = parse.GetValue(unknownCategory) == "other" ? UnknownCategoryPolicy.MapToOther : UnknownCategoryPolicy.Reject,
                },
            }, requireApiKeys: !parse.GetValue(noAuth));
            options = options with { PredictionLog = options.PredictionLog with { Pseudonymiser = pseudonymiser } };
            await using var server = parse.GetValue(events.NoHttp) ? null : await CarbetServer.StartAsync(store, options, TimeProvider.System, ct);
            await using var ownHost = server is null ? new ModelHost(store, options.Host, TimeProvider.System) : null;
            await using var ownLog = server is null ? new PredictionLog(store.Predictions, options.PredictionLog, TimeProvider.System) : null;
            await using var ownSwitch = server is null ? new StopSwitch(store.Reviews, name, options.Host.PollInterval, TimeProvider.System) : null;
            if (ownHost is not null)
            {
                await ownHost.StartAsync(ct);
                await ownSwitch!.StartAsync(ct);
            }
            var host = server?.Host ?? ownHost!;
            var recording = new EventRecording(server?.PredictionLog ?? ownLog!, server?.StopSwitch ?? ownSwitch);
            await using var consumer = consuming is null ? null : await ServeEvents.StartAsync(host, consuming, recording, console, ct);
            var served = host.Default;
            var table = OutputTable.Create("carbet serve", "Item", "Value")
                .Row("Model", name)
                .Row("Serving", served is null ? $"nothing yet: {Target(options.Host)} points nowhere{(server is null ? "" : " (ready answers 503)")}" : $"v{served.Version.Version} ({Target(options.Host)})")
                .Row("Review band", options.Host.ReviewBand is { } b ? $"[{Format.Metric(b.Low)}, {Format.Metric(b.High)}]" : "none (review.band in carbet.yaml)");
            if (server is not null)
                await ServeHttp.DescribeAsync(table, server, options, store, ct);
            if (consuming is not null)
            {
                table.Row("Events", $"{consuming.Queue} on {ServeEvents.Describe(consuming)} (prefetch {consuming.Prefetch})")
                    .Row("Results", $"{consuming.Results}; refused: {consuming.DeadLetterQueue}");
            }
            console.Out.Write(table.Row("Store", store.Description)
                .Row("Prediction log", $"every prediction to the store; buffered in {options.PredictionLog.SpillFolder} while it is down"
                    + (pseudonymiser is null ? "" : $"; pseudonymised: {string.Join(", ", pseudonymiser.Fields.Order(StringComparer.Ordinal))}")));
            if (server is not null)
                await ServeHttp.AnnounceAsync(console, server);
            if (consuming is not null)
                await console.OutWriter.WriteLineAsync($"Consuming {consuming.Queue} on {ServeEvents.Describe(consuming)}; press Ctrl+C to stop.");
            await console.OutWriter.FlushAsync(ct);
            await ServeHttp.WaitAsync(ct);
            if (consumer is not null)
                await consumer.StopAsync(CancellationToken.None);
            await console.OutWriter.WriteLineAsync("Stopped.");
            return CarbetCli.Success;
        });
        return command;
    }

    private static async Task<string> ModelNameAsync(IStore store, string? wanted, CancellationToken ct)
    {
        if (wanted is not null)
            return await store.Models.FindAsync(wanted, ct) is not null ? wanted : throw ModelsCommand.UnknownModel(wanted, store);
        var models = await store.Models.ListAsync(ct);
        return models.Length == 1 ? models[0].Name
            : models.IsEmpty ? throw ModelsCommand.UnknownModel("(any)", store)
            : throw new UserErrorException($"The store has {models.Length} models and no project file names one.", $"Pass --model with one of: {string.Join(", ", models.Select(m => m.Name))}.");
    }

    private static string Target(ModelHostOptions options) => options.Version is { } v ? $"version {v}" : $"alias {options.Alias}";
}
