using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

using Carbet.Core.Reports;
using Carbet.Evaluation.Fairness;

namespace Carbet.Lifecycle.Audit;

/// <summary>The audit as a report for people: what was audited, the flags, each attribute's groups and disparities with their
/// intervals, the pairs, the proxies, and how to read them.</summary>
internal static partial class AuditReport
{
    public static ReportDocument Document(AuditSummary s) => new($"Fairness audit of {s.Model} v{s.Version}",
    [
        new("Summary", [.. Summary(s)]),
        .. s.Fairness.Where(f => !f.Intersection).Select(Section),
        new("Pairs of attributes", [.. s.Fairness.Where(f => f.Intersection).SelectMany(f => Blocks(f, compact: true))]),
        new("Proxies", [.. s.Proxies.SelectMany(Proxies)]),
        new("How to read this audit", [.. Method(s)]),
    ]);

    private static IEnumerable<ReportBlock> Summary(AuditSummary s)
    {
        yield return new KeyValueBlock(
        [
            new("Model version", $"{s.Model} v{s.Version}"),
            new("Decision", $"positive when the score is at least {N(s.Threshold)} (its recorded threshold)"),
            new("Test rows audited", s.TestRows.ToString("N0", CultureInfo.InvariantCulture)),
            new("Training rows searched for proxies", s.TrainingRows.ToString("N0", CultureInfo.InvariantCulture)),
            new("Sensitive attributes", string.Join(", ", s.Attributes.Select(a => a.Grouping is null ? $"{a.Name} (missing from the data)" : $"{a.Name}: {a.Grouping}"))),
            new("Run", s.RunId),
        ]);
        foreach (var flagged in s.FourFifthsFlags)
            yield return new AlertBlock(AlertLevel.Warning, $"{flagged}: the lowest selection rate is under four fifths of the highest (demographic parity ratio below {N(s.FairnessOptions.FourFifths)}). A flag to examine, not a verdict.");
        foreach (var (attribute, feature) in s.StrongProxies)
            yield return new AlertBlock(AlertLevel.Warning, $"{feature} is a strong proxy of {attribute}: the model can treat groups of {attribute} differently without reading it.");
        foreach (var missing in s.Attributes.Where(a => a.Column is null))
            yield return new AlertBlock(AlertLevel.Error, $"{missing.Name} is not in the prepared data, so it could not be audited.");
    }

    private static ReportSection Section(FairnessFinding f) => new($"Fairness by {f.Attribute}", [.. Blocks(f, compact: false)]);

    private static IEnumerable<ReportBlock> Blocks(FairnessFinding f, bool compact)
    {
        if (f.Audit is not { } audit)
        {
            yield return new AlertBlock(AlertLevel.Warning, $"{f.Attribute}: {f.NotAudited}");
            yield break;
        }
        if (compact)
            yield return new ParagraphBlock(f.Attribute);
        yield return new TableBlock(["Group", "Rows", "Base rate", "Selection rate [95% CI]", "TPR [95% CI]", "FPR [95% CI]", "Precision", "Calibration error"],
            [.. InOrder(audit.Groups).Select(g => ImmutableArray.Create(g.TooSmall ? $"{g.Group} (too small)" : g.Group, g.Count.ToString("N0", CultureInfo.InvariantCulture),
                N(g.BaseRate), WithInterval(g.SelectionRate, g.SelectionRateInterval), WithInterval(g.TruePositiveRate, g.TruePositiveRateInterval),
                WithInterval(g.FalsePositiveRate, g.FalsePositiveRateInterval), N(g.Precision), N(g.CalibrationError)))]);
        yield return new TableBlock(["Disparity", "Value", "95% interval"],
            [.. audit.Disparities.Select(d => ImmutableArray.Create(d.Metric, N(d.Value), d.Interval is { } i ? $"[{N(i.Low)}, {N(i.High)}]" : "not concluded"))]);
        if (!compact)
            yield return new BarChartBlock($"Selection rate by {f.Attribute}", [.. InOrder(audit.Groups).Select(g => g.Group)], [.. InOrder(audit.Groups).Select(g => g.SelectionRate)]);
        if (!f.Mitigations.IsEmpty)
        {
            yield return new ParagraphBlock($"What other decision rules would change, on the same test rows: each narrows a gap between the groups of {f.Attribute} at some cost in accuracy or in errors. Which one to use, if any, is a choice to record with its reasons.");
            yield return new TableBlock(["Option", "Accuracy", "Expected cost per row", "Demographic parity difference", "Equal opportunity difference", "Equalized odds difference", "Thresholds"],
                [.. f.Mitigations.Select(m => ImmutableArray.Create(m.Name, N(m.Accuracy), m.ExpectedCostPerRow is { } c ? N(c) : "no costs in carbet.yaml",
                    N(m.DemographicParityDifference), N(m.EqualOpportunityDifference), N(m.EqualizedOddsDifference),
                    m.Thresholds is { } t ? string.Join(", ", t.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}: {N(x.Value)}")) : "one for all"))]);
        }
        foreach (var warning in audit.Warnings)
            yield return new AlertBlock(AlertLevel.Info, warning);
    }

    private static IEnumerable<ReportBlock> Proxies(ProxyFinding p)
    {
        if (p.Report is not { } report)
        {
            yield return new AlertBlock(AlertLevel.Warning, $"{p.Attribute}: {p.NotSearched}");
            yield break;
        }
        yield return new ParagraphBlock($"Features that predict {p.Attribute} ({report.Rows:N0} training rows), strongest first.");
        yield return new TableBlock(["Feature", "AUC", "Cramér's V", "Mutual information (nats)", "Strong proxy"],
            [.. report.Features.Select(f => ImmutableArray.Create(f.Feature, N(f.Auc), N(f.CramersV), N(f.MutualInformation), f.Strong ? "yes" : "no"))]);
        foreach (var warning in report.Warnings)
            yield return new AlertBlock(AlertLevel.Info, warning);
    }

    private static IEnumerable<ReportBlock> Method(AuditSummary s)
    {
        yield return new ParagraphBlock("Rates per group are Fairlearn's: selection rate (share decided positive), TPR (share of actual positives decided positive), FPR (share of actual negatives decided positive), precision. A difference is the highest group's value minus the lowest's; a ratio, the lowest over the highest. Equalized odds takes the worse of TPR and FPR; equal opportunity is about TPR alone.");
        yield return new ParagraphBlock($"Intervals are percentile bootstrap intervals over {s.FairnessOptions.BootstrapResamples:N0} resamples of the test rows (seed {s.FairnessOptions.Seed}). A group of fewer than {s.FairnessOptions.MinimumGroupSize} rows is marked too small: its rates are shown, but no conclusion should rest on them.");
        yield return new ParagraphBlock($"A proxy is a feature that predicts a sensitive attribute: its AUC is that of a one-feature model scored out of fold ({s.ProxyOptions.Folds} folds); it is strong at an AUC of {N(s.ProxyOptions.StrongAuc)} or a Cramér's V of {N(s.ProxyOptions.StrongCramersV)} and above.");
        yield return new ParagraphBlock("No threshold here decides whether the model is fair: which disparity matters, and how much is acceptable, is a choice for the people accountable for the model, to be recorded with its reasons.");
    }

    // bands read in age order ("<25" first, then by their first number); other groups keep their ordinal order, after them
    private static IEnumerable<GroupAudit> InOrder(IEnumerable<GroupAudit> groups) =>
        groups.OrderBy(g => BandStart(g.Group)).ThenBy(g => g.Group, StringComparer.Ordinal);

    private static double BandStart(string group)
    {
        if (group.StartsWith('<'))
            return double.NegativeInfinity;
        var match = LeadingNumber().Match(group);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.PositiveInfinity;
    }

    [GeneratedRegex(@"^\[?(-?\d+(?:\.\d+)?)")]
    private static partial Regex LeadingNumber();

    private static string WithInterval(double value, Interval? interval) =>
        interval is { } i ? $"{N(value)} [{N(i.Low)}, {N(i.High)}]" : N(value);

    private static string N(double value) => double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "undefined";
}
