using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Core;
using Carbet.Tracking;
using Carbet.Tracking.Runs;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet runs list|show</c>: find runs and read what they recorded.</summary>
internal static class RunsCommand
{
    public static Command Create(CliConsole console) => new("runs", "Find runs and read what they recorded.")
    {
        List(console),
        Show(console),
        RunArtifactCommand.Create(console),
    };

    private static Command List(CliConsole console)
    {
        var experiment = new Option<string?>("--experiment") { Description = "Only runs of this experiment." };
        var status = new Option<RunStatus?>("--status") { Description = "Only runs with this status: Running, Finished or Failed." };
        var filters = new Option<string[]>("--filter") { Description = "A condition such as metric.test_auc>=0.8 or param.family=lightgbm; repeat for several.", AllowMultipleArgumentsPerToken = false };
        var order = new Option<string>("--order-by") { Description = "start_time, name or metric.<key>, then asc or desc.", DefaultValueFactory = _ => "start_time desc" };
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--page-size") { Description = "Runs per page (1 to 1,000).", DefaultValueFactory = _ => 20 };
        var command = new Command("list", "List runs, newest first, with their status and test AUC.") { experiment, status, filters, order, page, size };
        command.SetAction(async (parse, ct) =>
        {
            var pageNumber = parse.GetValue(page);
            if (pageNumber < 1)
                throw new UserErrorException($"Page {pageNumber} does not exist.", "Pages are numbered from 1.");
            var query = new RunQuery
            {
                Experiment = parse.GetValue(experiment),
                Status = parse.GetValue(status),
                Filters = [.. (parse.GetValue(filters) ?? []).Select(RunQueryParser.ParseFilter)],
                OrderBy = RunQueryParser.ParseOrder(parse.GetRequiredValue(order)),
                Skip = (pageNumber - 1) * parse.GetValue(size),
                Take = parse.GetValue(size),
            };
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var result = await store.Runs.SearchAsync(query, ct);
            var table = OutputTable.Create($"Runs {query.Skip + Math.Min(1, result.Runs.Length)}-{query.Skip + result.Runs.Length} of {result.Total}",
                "Run", "Experiment", "Name", "Status", "Started", "Duration", "test_auc");
            foreach (var run in result.Runs)
            {
                table.Row(Format.ShortId(run.Id), run.Experiment, run.Name, run.Status.ToString(), Format.Time(run.StartedAt),
                    run.EndedAt is { } end ? Format.Duration(end - run.StartedAt) : "",
                    run.LatestMetrics.TryGetValue("test_auc", out var auc) ? Format.Metric(auc) : "");
            }
            console.Out.Write(table);
            return CarbetCli.Success;
        });
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var id = new Argument<string>("run") { Description = "The run id, or a unique prefix of at least 6 characters." };
        var command = new Command("show", "Show a run: its params, latest metrics, tags and artifacts.") { id };
        command.SetAction(async (parse, ct) =>
        {
            var runId = parse.GetRequiredValue(id);
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var run = await store.Runs.GetAsync(runId, ct)
                ?? throw new UserErrorException($"No run '{runId}' in {store.Description}.", "List runs with 'carbet runs list' and copy an id.");
            var artifacts = await store.Runs.ListArtifactsAsync(run.Id, ct);
            RunView.Write(console.Out, run, artifacts);
            return CarbetCli.Success;
        });
        return command;
    }
}
