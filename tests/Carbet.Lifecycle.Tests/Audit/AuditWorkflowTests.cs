using System.Text.Json;

using Carbet.Core;
using Carbet.Lifecycle.Audit;

namespace Carbet.Lifecycle.Tests.Audit;

[Collection(AuditedDemo.Name)]
public sealed class AuditWorkflowTests(AuditFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Audit_DemoWorld_AuditsSexAgeBandsAndTheirPairOnEveryTestRow()
    {
        var audit = fixture.Audit;

        Assert.Equal(["sex", "age", "sex & age"], audit.Fairness.Select(f => f.Attribute));
        Assert.All(audit.Fairness, f => Assert.NotNull(f.Audit));
        Assert.All(audit.Fairness, f => Assert.Equal(audit.TestRows, f.Audit!.Groups.Sum(g => g.Count)));
        Assert.Equal(fixture.Trained.TestRows, audit.TestRows);
        Assert.All(audit.Fairness.Single(f => f.Attribute == "age").Audit!.Groups,
            g => Assert.Contains(g.Group, new[] { "<25", "25-34", "35-44", "45-54", "55-64", "65+" }));
        Assert.True(audit.Fairness[2].Intersection);
    }

    [Fact]
    public async Task Audit_DemoWorld_GroupRatesAreThoseOfTheVersionsOwnTestScoresAtItsThreshold()
    {
        var version = (await fixture.Store.Models.GetVersionAsync(fixture.Project.Name, fixture.Trained.Version, Ct))!;
        var sex = fixture.Audit.Fairness[0].Audit!;

        var (tp, fn) = (sex.Groups.Sum(g => g.TruePositives), sex.Groups.Sum(g => g.FalseNegatives));
        var (fp, tn) = (sex.Groups.Sum(g => g.FalsePositives), sex.Groups.Sum(g => g.TrueNegatives));

        Assert.Equal(version.Metrics["decision_threshold"], fixture.Audit.Threshold);
        Assert.Equal(version.Metrics["decision_tpr"], (double)tp / (tp + fn), 9);
        Assert.Equal(version.Metrics["decision_fpr"], (double)fp / (fp + tn), 9);
        Assert.Contains(sex.Disparities, d => d.Metric == "demographic_parity_ratio" && d.Interval is { } i && i.Low <= d.Value && d.Value <= i.High);
    }

    [Fact]
    public void Audit_DemoWorld_ComparesTheCurrentRuleWithPerGroupThresholdsForEachAttribute()
    {
        var sex = fixture.Audit.Fairness.Single(f => f.Attribute == "sex");
        var none = sex.Mitigations[0];
        var equalOpportunity = sex.Mitigations.Single(m => m.Name == "equal opportunity thresholds");

        Assert.Equal(3, sex.Mitigations.Length);
        Assert.Null(none.Thresholds);
        Assert.Equal(sex.Audit!.Disparities.Single(d => d.Metric == "demographic_parity_difference").Value, none.DemographicParityDifference, 12);
        Assert.NotNull(none.ExpectedCostPerRow);
        Assert.True(equalOpportunity.EqualOpportunityDifference <= none.EqualOpportunityDifference + 1e-12);
        Assert.Equal(sex.Audit.Groups.Select(g => g.Group).Order(StringComparer.Ordinal), equalOpportunity.Thresholds!.Keys.Order(StringComparer.Ordinal));
        Assert.All(fixture.Audit.Fairness.Where(f => f.Intersection), f => Assert.Empty(f.Mitigations));
    }

    [Fact]
    public void Report_AgeBands_ListedInAgeOrder()
    {
        string[] bands = ["<25", "25-34", "35-44", "45-54", "55-64", "65+"];

        var section = AuditReport.Document(fixture.Audit).Sections.Single(s => s.Heading == "Fairness by age");
        var shown = section.Blocks.OfType<Core.Reports.TableBlock>().First().Rows.Select(r => r[0].Replace(" (too small)", "", StringComparison.Ordinal)).ToList();

        Assert.Contains("<25", shown);
        Assert.Equal(shown.OrderBy(b => Array.IndexOf(bands, b)), shown);
    }

    [Fact]
    public void Audit_DemoWorld_FindsTheHiddenProxyOfSex()
    {
        var sex = fixture.Audit.Proxies.Single(p => p.Attribute == "sex").Report!;

        Assert.Equal("occupation", sex.Features[0].Feature);
        Assert.True(sex.Features[0].Strong, sex.Features[0].Reason);
        Assert.Contains(("sex", "occupation"), fixture.Audit.StrongProxies);
        Assert.DoesNotContain(sex.Features, f => f.Feature is "sex" or "age");
    }

    [Fact]
    public async Task Audit_IsRecordedUnderTheTrainRunWithMetricsAndBothReports()
    {
        var run = (await fixture.Store.Runs.GetAsync(fixture.Audit.RunId, Ct))!;
        var artifacts = (await fixture.Store.Runs.ListArtifactsAsync(run.Id, Ct)).Select(a => a.Path).ToList();

        Assert.Equal(fixture.Trained.RunId, run.ParentRunId);
        Assert.Equal("audit", run.Tags["carbet.command"]);
        Assert.Contains("fairness.sex.demographic_parity_ratio", run.LatestMetrics.Keys);
        Assert.Contains("fairness.sex_x_age.equalized_odds_difference", run.LatestMetrics.Keys);
        Assert.Equal(1, run.LatestMetrics["proxies.sex.strong"], 0);
        Assert.Equal([AuditSummary.HtmlArtifact, AuditSummary.JsonArtifact], artifacts.Order(StringComparer.Ordinal));
        var json = await ReadAsync(run.Id, AuditSummary.JsonArtifact);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(fixture.Trained.Version, document.RootElement.GetProperty("version").GetInt32());
        var html = await ReadAsync(run.Id, AuditSummary.HtmlArtifact);
        Assert.Contains("occupation is a strong proxy of sex", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_SameInputs_SameFigures()
    {
        var again = await new AuditWorkflow(fixture.Store, fixture.Context).RunAsync(fixture.Project, AuditFixture.Options, null, Ct);

        Assert.Equal(Figures(fixture.Audit), Figures(again));
        Assert.NotEqual(fixture.Audit.RunId, again.RunId);
    }

    [Fact]
    public async Task Audit_SensitiveAttributeMissingFromTheData_IsReportedAsNotAuditedAndTheOthersStillAre()
    {
        var project = fixture.Project with { Data = fixture.Project.Data with { Sensitive = ["sex", "religion"] } };

        var audit = await new AuditWorkflow(fixture.Store, fixture.Context).RunAsync(project, AuditFixture.Options, null, Ct);

        Assert.Equal(["sex", "religion"], audit.Fairness.Select(f => f.Attribute));
        Assert.NotNull(audit.Fairness[0].Audit);
        Assert.Null(audit.Fairness[1].Audit);
        Assert.Contains("no column 'religion'", audit.Fairness[1].NotAudited, StringComparison.Ordinal);
        Assert.Null(audit.Attributes[1].Column);
    }

    [Fact]
    public async Task Audit_ProjectWithoutSensitiveAttributesOrUnknownVersion_ClearErrors()
    {
        var workflow = new AuditWorkflow(fixture.Store, fixture.Context);

        var none = await Assert.ThrowsAsync<UserErrorException>(() => workflow.RunAsync(fixture.Project with { Data = fixture.Project.Data with { Sensitive = [] } }, AuditFixture.Options, null, Ct));
        var version = await Assert.ThrowsAsync<UserErrorException>(() => workflow.RunAsync(fixture.Project, AuditFixture.Options with { From = "9" }, null, Ct));
        var alias = await Assert.ThrowsAsync<UserErrorException>(() => workflow.RunAsync(fixture.Project, AuditFixture.Options with { From = "nobody" }, null, Ct));

        Assert.Contains("names no sensitive attribute", none.Message, StringComparison.Ordinal);
        Assert.Contains("has no version 9", version.Message, StringComparison.Ordinal);
        Assert.Contains("has no alias 'nobody'", alias.Message, StringComparison.Ordinal);
    }

    private static List<string> Figures(AuditSummary audit) =>
        [.. audit.Fairness.SelectMany(f => f.Audit!.Disparities.Select(d => $"{f.Attribute} {d.Metric} {d.Value:R} {d.Interval}")),
            .. audit.Proxies.SelectMany(p => p.Report!.Features.Select(x => $"{p.Attribute} {x.Feature} {x.Auc:R} {x.CramersV:R}"))];

    private async Task<string> ReadAsync(string runId, string path)
    {
        var artifact = (await fixture.Store.Runs.ListArtifactsAsync(runId, Ct)).Single(a => a.Path == path);
        await using var stream = fixture.Store.Artifacts.OpenRead(artifact.Sha256);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(Ct);
    }
}
