using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Modeling.Energy;

/// <summary>The carbon intensity of a territory's electricity: grams of CO2-equivalent per kWh.</summary>
/// <param name="Territory">The key used in configuration, e.g. <c>guadeloupe</c>.</param>
/// <param name="Name">The territory in words.</param>
/// <param name="GramsPerKwh">gCO2e per kWh.</param>
/// <param name="Basis">What the figure covers and its year.</param>
/// <param name="Source">Where the figure comes from.</param>
/// <remarks>The defaults share one basis where one exists (Ember's life-cycle figures, as CodeCarbon uses), so
/// territories compare; docs/energy.md lists the alternatives (RTE's direct 32 g for France, OREC's 786 g for Guadeloupe).</remarks>
public sealed record GridIntensity(string Territory, string Name, double GramsPerKwh, string Basis, string Source)
{
    /// <summary>The world average, used when a project names no territory.</summary>
    public static GridIntensity World { get; } = new("world", "World average", 475,
        "CodeCarbon world_average (IEA, 2019)", "mlco2/codecarbon, codecarbon/data/private_infra/carbon_intensity_per_source.json");

    /// <summary>Every territory with a default, world last.</summary>
    public static ImmutableArray<GridIntensity> Defaults { get; } =
    [
        new("france", "Mainland France", 67, "Ember/OWID, 2021, as in CodeCarbon's energy-mix file",
            "mlco2/codecarbon, codecarbon/data/private_infra/global_energy_mix.json"),
        new("guadeloupe", "Guadeloupe", 497, "Ember-based, 2021", "lowcarbonpower.org/region/Guadeloupe"),
        new("martinique", "Martinique", 525, "Ember-based, 2022 (fossil 72.8% of net output)", "lowcarbonpower.org/region/Martinique"),
        new("french-guiana", "French Guiana", 216, "Ember-based, 2022 (hydro about 60%)", "lowcarbonpower.org/fr/region/Guyane_française"),
        World,
    ];

    /// <summary>The default for <paramref name="territory"/> (case-insensitive); a user error listing the territories when there is none.</summary>
    public static GridIntensity For(string territory)
    {
        ArgumentNullException.ThrowIfNull(territory);
        return Defaults.FirstOrDefault(g => string.Equals(g.Territory, territory.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new UserErrorException($"'{territory}' is not a territory with a grid carbon intensity.",
                $"Use one of: {string.Join(", ", Defaults.Select(g => g.Territory))}.");
    }

    /// <summary>Grams of CO2e for <paramref name="energyWh"/> watt-hours: kWh × intensity.</summary>
    public double GramsCo2e(double energyWh) => energyWh / 1000 * GramsPerKwh;
}
