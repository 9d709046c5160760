using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core.Reports;

namespace Carbet.Data.Profiling;

/// <summary>Writes a <see cref="DatasetProfile"/> as one self-contained HTML page, through the shared report model.</summary>
public static class ProfileHtml
{
    /// <summary>The profile as an HTML page with the given title.</summary>
    public static string Write(DatasetProfile profile, string title)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(title);
        return HtmlReportRenderer.Render(ToReport(profile, title));
    }

    internal static ReportDocument ToReport(DatasetProfile profile, string title)
    {
        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        sections.Add(new ReportSection("Overview", [Overview(profile)]));
        if (!profile.Alerts.IsEmpty)
            sections.Add(new ReportSection("Alerts", [.. profile.Alerts.Select(a => new AlertBlock(Level(a.Kind), a.Message))]));
        sections.Add(new ReportSection("Columns", [ColumnTable(profile), .. profile.Columns.SelectMany(ColumnCharts)]));
        sections.Add(new ReportSection("Associations", Associations(profile.Associations)));
        if (profile.ClassBalance is not null || !profile.TargetRelations.IsEmpty)
            sections.Add(new ReportSection("Target", Target(profile)));
        return new ReportDocument(title, sections.ToImmutable());
    }

    private static KeyValueBlock Overview(DatasetProfile p) => new(
    [
        new("Source", p.Source),
        new("Rows", N(p.RowCount)),
        new("Columns", N(p.ColumnCount)),
        new("Duplicate rows", $"{N(p.Duplicates.DuplicateRows)} ({P(p.Duplicates.Share)})"),
        new("Constant columns", p.ConstantColumns.Length.ToString(CultureInfo.InvariantCulture)),
        new("Empty columns", p.EmptyColumns.Length.ToString(CultureInfo.InvariantCulture)),
    ]);

    private static TableBlock ColumnTable(DatasetProfile p) => new(
        ["Column", "Kind", "Count", "Missing", "Distinct", "Mean", "Std", "Min", "Median", "Max", "Top value"],
        [.. p.Columns.Select(c => ImmutableArray.Create(c.Name, c.Kind.ToString(), N(c.Count), $"{N(c.Missing.Count)} ({P(c.Missing.Share)})",
            N(c.Distinct), G(c.Numeric?.Mean), G(c.Numeric?.Std), G(c.Numeric?.Min), G(c.Numeric?.Quantiles.P50), G(c.Numeric?.Max),
            c.TopValues.FirstOrDefault() is { } top ? $"{top.Value} ({N(top.Count)})" : ""))]);

    private static IEnumerable<ReportBlock> ColumnCharts(ColumnProfile c)
    {
        if (c.Numeric is { } numeric)
            yield return new HistogramBlock(c.Name, numeric.Histogram.Edges, numeric.Histogram.Counts);
        else if (!c.TopValues.IsEmpty && c.Dates is null)
            yield return new BarChartBlock(c.Name, [.. c.TopValues.Select(v => v.Value)], [.. c.TopValues.Select(v => (double)v.Count)]);
    }

    private static ImmutableArray<ReportBlock> Associations(AssociationSummary a)
    {
        var blocks = new List<ReportBlock>();
        if (a.Pearson.Columns.Length > 1)
        {
            blocks.Add(new HeatmapBlock("Pearson correlation", a.Pearson.Columns, a.Pearson.Values));
            blocks.Add(new HeatmapBlock("Spearman correlation", a.Spearman.Columns, a.Spearman.Values));
        }
        if (a.CramersV.Columns.Length > 1)
            blocks.Add(new HeatmapBlock("Cramér's V", a.CramersV.Columns, a.CramersV.Values));
        if (!a.LeftOut.IsEmpty)
            blocks.Add(new ParagraphBlock($"Left out of the matrices (column cap): {string.Join(", ", a.LeftOut)}."));
        if (blocks.Count == 0)
            blocks.Add(new ParagraphBlock("Fewer than two columns qualify for pairwise associations."));
        return [.. blocks];
    }

    private static ImmutableArray<ReportBlock> Target(DatasetProfile p)
    {
        var blocks = new List<ReportBlock>();
        if (p.ClassBalance is { } balance)
            blocks.Add(new BarChartBlock($"Classes of {balance.Target}", [.. balance.Classes.Select(c => c.Value)], [.. balance.Classes.Select(c => (double)c.Count)]));
        blocks.Add(new TableBlock(["Column", "Univariate AUC", "Mutual information (nats)"],
            [.. p.TargetRelations.OrderByDescending(r => r.MutualInformation).Select(r => ImmutableArray.Create(r.Column, G(r.Auc), G(r.MutualInformation)))]));
        return [.. blocks];
    }

    private static AlertLevel Level(ProfileAlertKind kind) => kind switch
    {
        ProfileAlertKind.Leakage or ProfileAlertKind.Empty => AlertLevel.Error,
        ProfileAlertKind.Constant or ProfileAlertKind.Duplicates or ProfileAlertKind.HighMissing or ProfileAlertKind.Imbalance => AlertLevel.Warning,
        _ => AlertLevel.Info,
    };

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private static string G(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("G6", CultureInfo.InvariantCulture) : "";
}
