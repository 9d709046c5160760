using Carbet.Modeling.Energy;

namespace Carbet.Lifecycle.Project;

/// <summary>The optional <c>energy:</c> section of carbet.yaml: which grid's carbon intensity applies.</summary>
internal static class ProjectEnergy
{
    public static string? ReadTerritory(YamlMap? map)
    {
        if (map?.String("territory") is not { } territory)
            return null;
        return GridIntensity.Defaults.Any(g => string.Equals(g.Territory, territory.Trim(), StringComparison.OrdinalIgnoreCase))
            ? territory.Trim().ToLowerInvariant()
            : throw map.Error("territory", $"'energy.territory' is '{territory}', which has no grid carbon intensity.",
                $"Write one of: {string.Join(", ", GridIntensity.Defaults.Select(g => g.Territory))}.");
    }
}
