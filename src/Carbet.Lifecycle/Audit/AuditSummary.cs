using System.Collections.Immutable;
using System.Text.Json.Serialization;

using Carbet.Evaluation.Fairness;

namespace Carbet.Lifecycle.Audit;

/// <summary>What <c>carbet audit</c> found for one registered version.</summary>
/// <param name="Model">The registered model.</param>
/// <param name="Version">The version audited.</param>
/// <param name="Threshold">Its recorded decision threshold: a score at or above it is a positive decision.</param>
/// <param name="DatasetVersionId">The prepared dataset version whose test rows were scored.</param>
/// <param name="TestRows">The test rows scored and audited.</param>
/// <param name="TrainingRows">The training rows the proxies were searched on.</param>
/// <param name="Attributes">The sensitive attributes of carbet.yaml, and how each was read.</param>
/// <param name="Fairness">One finding per attribute present in the data, then one per pair of them.</param>
/// <param name="Proxies">One finding per attribute present in the data.</param>
/// <param name="FairnessOptions">The bootstrap and flag settings used.</param>
/// <param name="ProxyOptions">The proxy search settings used.</param>
public sealed record AuditSummary(string Model, int Version, double Threshold, string DatasetVersionId, int TestRows, int TrainingRows,
    ImmutableArray<AuditedColumn> Attributes, ImmutableArray<FairnessFinding> Fairness, ImmutableArray<ProxyFinding> Proxies,
    FairnessAuditOptions FairnessOptions, ProxyOptions ProxyOptions)
{
    /// <summary>The report for people, among the audit run's artifacts.</summary>
    public const string HtmlArtifact = "reports/fairness-audit.html";

    /// <summary>The same findings for machines.</summary>
    public const string JsonArtifact = "reports/fairness-audit.json";

    /// <value>The audit's run, a child of the run that trained the version.</value>
    public string RunId { get; init; } = "";

    /// <summary>The attributes whose demographic parity ratio fell below the four-fifths line.</summary>
    [JsonIgnore]
    public IEnumerable<string> FourFifthsFlags => Fairness.Where(f => f.Audit?.FourFifthsFlag == true).Select(f => f.Attribute);

    /// <summary>The strong proxies, as (attribute, feature) pairs.</summary>
    [JsonIgnore]
    public IEnumerable<(string Attribute, string Feature)> StrongProxies =>
        Proxies.Where(p => p.Report is not null).SelectMany(p => p.Report!.Features.Where(f => f.Strong).Select(f => (p.Attribute, f.Feature)));
}

/// <summary>A sensitive attribute of carbet.yaml as the audit read it.</summary>
/// <param name="Name">Its name in carbet.yaml.</param>
/// <param name="Column">Its column in the prepared data; null when the data lacks it.</param>
/// <param name="Grouping">How its values became groups; null when the data lacks it.</param>
public sealed record AuditedColumn(string Name, string? Column, string? Grouping);

/// <summary>The fairness audit of one attribute or pair of attributes, or why there is none.</summary>
/// <param name="Attribute">The attribute, or two joined by " &amp; ".</param>
/// <param name="Intersection">Whether it is a pair.</param>
/// <param name="Audit">The groups' rates and the disparities; null when not audited.</param>
/// <param name="NotAudited">Why there is no audit, in a sentence; null when there is one.</param>
public sealed record FairnessFinding(string Attribute, bool Intersection, AttributeAudit? Audit, string? NotAudited)
{
    /// <value>The decision rules that trade accuracy and cost for fairness on this attribute, the current one first; empty for
    /// pairs of attributes and for attributes not audited.</value>
    public ImmutableArray<MitigationOption> Mitigations { get; init; } = [];
}

/// <summary>The proxy search for one attribute, or why there is none.</summary>
/// <param name="Attribute">The sensitive attribute.</param>
/// <param name="Report">The features ranked by how well each predicts it; null when not searched.</param>
/// <param name="NotSearched">Why there is no search, in a sentence; null when there is one.</param>
public sealed record ProxyFinding(string Attribute, ProxyReport? Report, string? NotSearched);
