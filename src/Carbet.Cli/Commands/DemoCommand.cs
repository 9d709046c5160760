using System.CommandLine;
using System.Globalization;

using Carbet.Cli.Rendering;
using Carbet.Core;
using Carbet.Lifecycle.Demo;
using Carbet.Serving.Hosting;
using Carbet.Tracking;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet demo</c>: the whole first loop on the embedded demo world, with nothing to install.</summary>
internal static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the world and the model.", DefaultValueFactory = _ => CarbetContext.DefaultSeed };
        var months = new Option<int>("--months") { Description = "Months of applications to generate (1 to 120).", DefaultValueFactory = _ => 24 };
        var rows = new Option<int>("--rows-per-month") { Description = "Applications per month (100 to 100,000).", DefaultValueFactory = _ => 2_000 };
        var training = new Option<int>("--training-months") { Description = "First months the model learns from; the rest play production.", DefaultValueFactory = _ => 12 };
        var trials = new Option<int>("--trials") { Description = "Tuning trials for LightGBM (else the best family) (45 s at most); 0 turns tuning off.", DefaultValueFactory = _ => 12 };
        var serve = new Option<bool>("--serve") { Description = "Then create an admin API key, serve the champion (as carbet serve does) and print the URL and the key; Ctrl+C stops." };
        var http = new ServeHttp();
        var command = new Command("demo", "Generate the demo world, prepare it, choose a model across families on its known months, register the version and make it champion.")
        {
            seed, months, rows, training, trials, serve,
        };
        foreach (var option in http.All)
            command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var options = new DemoOptions
            {
                Seed = parse.GetValue(seed),
                Months = parse.GetValue(months),
                ApplicationsPerMonth = parse.GetValue(rows),
                TrainingMonths = parse.GetValue(training),
                TuningTrials = parse.GetValue(trials) >= 0 ? parse.GetValue(trials) : throw new UserErrorException($"--trials is {parse.GetValue(trials)}.", "Give 0 or more trials; 0 turns tuning off."),
            };
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var workflow = new DemoWorkflow(store, new CarbetContext(options.Seed));
            var summary = await ProgressDisplay.RunAsync(console.Out, "Demo", progress => workflow.RunAsync(options, progress, ct));
            if (summary.Data is { } data)
                console.Out.Write(DataTable(data));
            if (!summary.Leaderboard.IsEmpty)
                console.Out.Write(LeaderboardTable(summary));
            if (summary.TuningSentence is { } tuning)
                console.Out.WriteLine(tuning);
            console.Out.Write(SummaryTable(summary));
            if (summary.Threshold is { } threshold)
                console.Out.WriteLine(threshold);
            if (parse.GetValue(serve))
                return await DemoServe.RunAsync(console, store, summary, http.From(parse, new ModelHostOptions { Model = summary.Model, Alias = summary.Alias }, requireApiKeys: true), ct);
            console.Out.MarkupLine($"Next: [bold]carbet models list[/], [bold]carbet runs show {Markup.Escape(Format.ShortId(summary.RunId))}[/]");
            return CarbetCli.Success;
        });
        return command;
    }

    private static Table DataTable(DemoData data)
    {
        var v = data.Validation.Result;
        var table = OutputTable.Create("What the data steps found and fixed", "Step", "Result")
            .Row("Profile", $"{data.Profile.Profile.Alerts.Length} alerts: {string.Join("; ", data.Profile.Profile.Alerts.Select(a => a.Message))}")
            .Row("Validation of the raw data", $"{v.Results.Length - v.FailedCount} passed, {v.FailedCount} failed"
                + (v.Passed ? "" : ": " + string.Join(", ", v.Results.Where(r => !r.Passed).Select(r => r.Expectation.Name))));
        foreach (var step in data.Prepared.Preparation.Steps.Where(s => s.CellsChanged > 0 || s.RowsAfter != s.RowsBefore || !s.ColumnsRemoved.IsEmpty))
            table.Row("Preparation: " + step.Type, step.Description);
        return table.Row("Prepared dataset", $"{data.Prepared.PreparedVersion.Dataset} v{data.Prepared.PreparedVersion.Version}: "
            + $"{Format.Count(data.Prepared.Preparation.RowsBefore)} rows in, {Format.Count(data.Prepared.Preparation.RowsAfter)} out; datasheet in {data.Prepared.DatasheetFolder}");
    }

    private static Table LeaderboardTable(DemoSummary s)
    {
        var table = OutputTable.Create("Model selection (carbet train on the known months)", "#", "Family", "CV AUC", "Test AUC", "CV fit s");
        foreach (var e in s.Leaderboard)
        {
            table.Row(e.Rank.ToString(CultureInfo.InvariantCulture), e.Label, $"{Format.Metric(e.CvAucMean)} ± {Format.Metric(e.CvAucStd)}",
                Format.Metric(e.TestAuc), e.CvFitTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        }
        return table;
    }

    private static string AuditText(DemoSummary s)
    {
        if (s.Audit is not { } audit)
            return "not run";
        var flags = audit.FourFifthsFlags.ToList();
        var proxies = audit.StrongProxies.Select(p => $"{p.Feature} for {p.Attribute}").ToList();
        return $"{string.Join(", ", audit.Attributes.Select(a => a.Name))}: "
            + (flags.Count == 0 ? "no four-fifths flag" : $"four-fifths flag on {string.Join(", ", flags)}")
            + (proxies.Count == 0 ? "; no strong proxy" : $"; strong proxy: {string.Join(", ", proxies)}");
    }

    private static Table SummaryTable(DemoSummary s)
    {
        var auc = s.Metrics.TryGetValue("test_auc", out var value) ? Format.Metric(value) : "n/a";
        if (s.Metrics.TryGetValue("test_auc_ci_lower", out var lower) && s.Metrics.TryGetValue("test_auc_ci_upper", out var upper))
            auc += $" (95% CI {Format.Metric(lower)} to {Format.Metric(upper)}, DeLong)";
        var moved = s.PreviousChampion is { } previous ? $"moved from {Format.Version(previous)}" : "new";
        return OutputTable.Create("carbet demo", "Produced", "Value", "Where")
            .Row("Demo world", $"{Format.Count(s.Applications)} applications", s.DataFolder)
            .Row("Dataset version", s.DatasetVersionId, $"{s.Model} (prepared)")
            .Row("Run", s.RunId, $"experiment {s.Experiment}")
            .Row("Training rows", $"{Format.Count(s.TrainRows)} train, {Format.Count(s.TestRows)} test", "")
            .Row("Test AUC", auc, s.Leaderboard.IsEmpty ? "" : s.Leaderboard[0].Label)
.Row("Decision threshold", s.Metrics.TryGetValue("decision_threshold", out var t) ? Format.Metric(t) : "n/a", "see the sentence below")
            .Row("Model version", $"{s.Model} {Format.Version(s.Version)}", "model/model.zip, reports/train.html")
            .Row("Alias", $"{s.Alias} -> {Format.Version(s.Version)} ({moved})", "")
            .Row("Fairness audit", AuditText(s), s.Audit is { } a ? $"run {Format.ShortId(a.RunId)}, {Lifecycle.Audit.AuditSummary.HtmlArtifact}" : "")
            .Row("Store", s.Store, "")
            .Row("Artifacts", "", s.ArtifactRoot)
            .Row("Time", Format.Duration(s.Elapsed), "");
    }
}
