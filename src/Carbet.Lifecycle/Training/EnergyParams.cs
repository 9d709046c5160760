using System.Globalization;

using Carbet.Modeling.Energy;

namespace Carbet.Lifecycle.Training;

/// <summary>The run parameters that say how a family's energy was obtained and converted.</summary>
internal static class EnergyParams
{
    public static Dictionary<string, string> Of(EnergyMeasurement? energy, GridIntensity grid) => new()
    {
        ["energy.method"] = energy?.MethodName ?? "none",
        ["energy.territory"] = grid.Territory,
        ["energy.grid_gco2e_per_kwh"] = grid.GramsPerKwh.ToString("R", CultureInfo.InvariantCulture),
        ["energy.grid_source"] = $"{grid.Basis}; {grid.Source}",
    };
}
