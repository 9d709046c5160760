using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core.Reports;
using Carbet.Modeling.Energy;

namespace Carbet.Lifecycle.Training;

/// <summary>How every train report shows energy: a leaderboard cell and a section with a bar per family.</summary>
internal static class EnergyReport
{
    public const string Header = "Energy Wh (g CO2e)";

    public static ReportSection Section(string? method, GridIntensity grid, IEnumerable<(string Family, double? Wh)> families)
    {
        var bars = families.ToList();
        return new ReportSection("Energy and carbon",
        [
            new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                $"Energy of each family's cross-validation and fit, measured by {method ?? "nothing"}, converted at {grid.GramsPerKwh:0} gCO2e/kWh ({grid.Name}: {grid.Basis}; {grid.Source}). A CPU-time estimate counts this process only, at rated powers; RAPL measures the whole machine. See docs/energy.md for the formulas.")),
            new BarChartBlock("Energy per family, Wh", [.. bars.Select(b => b.Family)], [.. bars.Select(b => b.Wh ?? 0)]),
        ]);
    }

    public static string Cell(double? wh, double? grams) =>
        wh is { } energy && grams is { } co2e
            ? string.Create(CultureInfo.InvariantCulture, $"{energy:0.000} ({co2e:0.000})")
            : "n/a";

    /// <summary>The train run's totals over every measured family.</summary>
    public static ImmutableSortedDictionary<string, double> Totals(IEnumerable<(EnergyMeasurement? Energy, GridIntensity Grid)> families)
    {
        var measured = families.Where(f => f.Energy is not null).ToList();
        return measured.Count == 0
            ? ImmutableSortedDictionary<string, double>.Empty
            : ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, double>
            {
                ["energy_wh_all_families"] = measured.Sum(f => f.Energy!.EnergyWh),
                ["co2e_g_all_families"] = measured.Sum(f => f.Energy!.Co2eGrams(f.Grid)),
            });
    }
}
