using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Core;
using Carbet.Evaluation.Fairness;
using Carbet.Lifecycle.Audit;

using Spectre.Console;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet audit</c>: fairness per sensitive group and proxies of the sensitive attributes, for a registered version.</summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var project = new Option<FileInfo>("--project") { Description = "The project file: its data.sensitive lists the attributes audited.", DefaultValueFactory = _ => new FileInfo("carbet.yaml") };
        var from = new Option<string>("--from") { Description = "The version audited: an alias (champion, challenger, ...) or a version number.", DefaultValueFactory = _ => "champion" };
        var model = new Option<string?>("--model") { Description = "The registered model. Default: the project's name." };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for the 95% intervals; 0 gives no intervals.", DefaultValueFactory = _ => 1000 };
        var minGroup = new Option<int>("--min-group") { Description = "Groups with fewer rows are marked too small to conclude.", DefaultValueFactory = _ => 30 };
        var command = new Command("audit",
            "Audit a registered version's decisions on its test rows per sensitive group and pair of groups (rates, disparities, bootstrap intervals, the four-fifths flag), and find the features that are proxies of a sensitive attribute.")
        {
            project, from, model, bootstrap, minGroup,
        };
        command.Subcommands.Add(AuditDecideCommand.Create(console, project, from, model));
        command.SetAction(async (parse, ct) =>
        {
            var resamples = parse.GetValue(bootstrap);
            if (resamples is < 0 or > 100_000)
                throw new UserErrorException($"--bootstrap {resamples} is outside 0 to 100,000.", "Give a number of resamples such as 1000, or 0 for no intervals.");
            if (parse.GetValue(minGroup) is < 1 and var min)
                throw new UserErrorException($"--min-group {min} is below 1.", "Give the smallest group size worth a conclusion, such as 30.");
            var (file, store, context) = await DataCommand.OpenAsync(parse, parse.GetRequiredValue(project), ct);
            await using var _store = store;
            var options = new AuditOptions
            {
                From = parse.GetRequiredValue(from),
                Model = parse.GetValue(model),
                Fairness = new FairnessAuditOptions { BootstrapResamples = parse.GetValue(bootstrap), MinimumGroupSize = parse.GetValue(minGroup), Seed = context.SeedFor("audit/bootstrap") },
            };
            var s = await ProgressDisplay.RunAsync(console.Out, "Auditing", progress => new AuditWorkflow(store, context).RunAsync(file, options, progress, ct));
            var fairness = OutputTable.Create($"Fairness of {s.Model} {Format.Version(s.Version)} on {Format.Count(s.TestRows)} test rows", "Attribute", "Groups", "Demographic parity ratio", "Equalized odds difference", "Flags");
            foreach (var f in s.Fairness)
                fairness.Row(f.Attribute, f.Audit is { } a ? Format.Count(a.Groups.Length) : "-", Disparity(f, "demographic_parity_ratio"), Disparity(f, "equalized_odds_difference"), Flags(f));
            console.Out.Write(fairness);
            var proxies = OutputTable.Create("Proxies of the sensitive attributes", "Attribute", "Strongest feature", "AUC", "Cramér's V", "Strong proxies");
            foreach (var p in s.Proxies)
            {
                var top = p.Report?.Features.FirstOrDefault();
                proxies.Row(p.Attribute, top?.Feature ?? p.NotSearched ?? "-", top is null ? "-" : Format.Metric(top.Auc), top is null ? "-" : Format.Metric(top.CramersV),
                    p.Report is null ? "-" : string.Join(", ", p.Report.Features.Where(x => x.Strong).Select(x => x.Feature)) is { Length: > 0 } strong ? strong : "none");
            }
            console.Out.Write(proxies);
            console.Out.Write(OutputTable.Create("carbet audit", "Produced", "Value")
                .Row("Reports", $"{AuditSummary.HtmlArtifact}, {AuditSummary.JsonArtifact}")
                .Row("Run", $"{s.RunId} (under the run that trained {s.Model} {Format.Version(s.Version)})")
                .Row("Open the report", $"carbet runs artifact {s.RunId} {AuditSummary.HtmlArtifact}"));
            return CarbetCli.Success;
        });
        return command;
    }

    private static string Disparity(FairnessFinding finding, string metric) =>
        finding.Audit?.Disparities.FirstOrDefault(d => d.Metric == metric) is { } d ? Format.Metric(d.Value) : "-";

    private static string Flags(FairnessFinding finding) => finding.Audit switch
    {
        null => finding.NotAudited ?? "",
        { FourFifthsFlag: true } a => a.Groups.Any(g => g.TooSmall) ? "four-fifths; small groups" : "four-fifths",
        { } a => a.Groups.Any(g => g.TooSmall) ? "small groups" : "",
    };
}
