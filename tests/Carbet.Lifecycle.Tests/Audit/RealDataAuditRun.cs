using System.Globalization;

using Carbet.Core;
using Carbet.Evaluation.Fairness;
using Carbet.Lifecycle.Audit;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Testing;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Tests.Audit;

/// <summary>A public dataset taken through carbet init, data prepare, train and audit, as a user would with the CLI, every
/// figure of the audit written to the test output.</summary>
internal static class RealDataAuditRun
{
    public static AuditOptions Options => new() { Fairness = new FairnessAuditOptions { BootstrapResamples = 200, Seed = 7 } };

    public static TrainOptions Training => new() { Families = ["logistic"], Folds = 3, Tuning = new TuningSection { Trials = 0 } };

    /// <summary>Runs the steps with the data section of carbet.yaml as <paramref name="edit"/> leaves it after init.</summary>
    public static async Task<AuditSummary> RunAsync(string data, string target, Func<DataSection, DataSection> edit, ITestOutputHelper output, CancellationToken ct)
    {
        using var folder = new TempFolder();
        var path = folder.File("carbet.yaml");
        await ProjectInitializer.WriteAsync(data, target, Path.GetFileName(Path.GetDirectoryName(data)), path, overwrite: false, ct);
        var initialized = ProjectFileLoader.Load(path);
        var project = initialized with { Data = edit(initialized.Data) };
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = folder.Path }, ct);
        var context = new CarbetContext(CarbetContext.DefaultSeed);
        var prepared = await new DataPrepareWorkflow(store, context).RunAsync(project, null, ct);
        output.WriteLine($"{project.Name}: positive class '{project.Data.Positive}', id {project.Data.Id ?? "none"}, time {project.Data.Time ?? "none"}");
        output.WriteLine($"prepared {prepared.PreparedVersion.Rows} rows, columns {string.Join(", ", prepared.Preparation.Table.Columns.Select(c => c.Name))}");
        var trained = await new TrainWorkflow(store, context).RunAsync(project, Training, null, ct);
        output.WriteLine($"trained {trained.Winner.Family}, version {trained.Version}, {trained.TestRows} test rows");
        var audit = await new AuditWorkflow(store, context).RunAsync(project, Options, null, ct);
        Write(audit, output);
        return audit;
    }

    public static AttributeAudit Audited(this AuditSummary audit, string attribute) =>
        audit.Fairness.Single(f => f.Attribute == attribute).Audit ?? throw new InvalidOperationException($"{attribute} not audited");

    public static GroupAudit Group(this AttributeAudit audit, string group) => audit.Groups.Single(g => g.Group == group);

    public static double Disparity(this AttributeAudit audit, string metric) => audit.Disparities.Single(d => d.Metric == metric).Value;

    public static ProxyScore Proxy(this AuditSummary audit, string attribute, string feature) =>
        audit.Proxies.Single(p => p.Attribute == attribute).Report!.Features.Single(f => f.Feature == feature);

    private static void Write(AuditSummary audit, ITestOutputHelper output)
    {
        output.WriteLine($"audit of version {audit.Version} at threshold {F(audit.Threshold)} on {audit.TestRows} test rows, proxies on {audit.TrainingRows} training rows");
        foreach (var attribute in audit.Attributes)
            output.WriteLine($"attribute {attribute.Name}: column {attribute.Column ?? "(absent)"}, grouped by {attribute.Grouping ?? "-"}");
        foreach (var finding in audit.Fairness)
        {
            if (finding.Audit is not { } audited)
            {
                output.WriteLine($"{finding.Attribute}: not audited: {finding.NotAudited}");
                continue;
            }
            output.WriteLine($"{finding.Attribute}{(audited.FourFifthsFlag ? " (four-fifths flag)" : "")}");
            output.WriteLine("  | group | rows | base rate | selection rate | TPR | FPR |");
            foreach (var g in audited.Groups)
            {
                output.WriteLine($"  | {g.Group}{(g.TooSmall ? " (too small)" : "")} | {g.Count} | {F(g.BaseRate)} | {F(g.SelectionRate)} {I(g.SelectionRateInterval)} "
                    + $"| {F(g.TruePositiveRate)} {I(g.TruePositiveRateInterval)} | {F(g.FalsePositiveRate)} {I(g.FalsePositiveRateInterval)} |");
            }
            foreach (var d in audited.Disparities)
                output.WriteLine($"  {d.Metric} = {F(d.Value)} {I(d.Interval)}");
            foreach (var warning in audited.Warnings)
                output.WriteLine($"  warning: {warning}");
        }
        foreach (var proxy in audit.Proxies)
        {
            if (proxy.Report is not { } report)
            {
                output.WriteLine($"proxies of {proxy.Attribute}: not searched: {proxy.NotSearched}");
                continue;
            }
            output.WriteLine($"proxies of {proxy.Attribute} ({report.Rows} rows):");
            foreach (var f in report.Features.Take(5))
                output.WriteLine($"  {f.Feature}: AUC {F(f.Auc)}, Cramér's V {F(f.CramersV)}, NMI {F(f.NormalizedMutualInformation)}{(f.Strong ? ", strong" : "")}");
        }
    }

    private static string F(double value) => double.IsNaN(value) ? "undefined" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string I(Interval? interval) => interval is { } i ? $"[{F(i.Low)}, {F(i.High)}]" : "";
}
