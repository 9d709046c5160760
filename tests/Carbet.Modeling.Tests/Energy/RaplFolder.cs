namespace Carbet.Modeling.Tests.Energy;

/// <summary>Lays out zones in a folder as Linux does under /sys/class/powercap.</summary>
internal static class RaplFolder
{
    public static string Zone(string root, string zone, string name, long energyUj, long maxRangeUj)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, zone)).FullName;
        File.WriteAllText(Path.Combine(folder, "name"), name + "\n");
        File.WriteAllText(Path.Combine(folder, "energy_uj"), energyUj + "\n");
        File.WriteAllText(Path.Combine(folder, "max_energy_range_uj"), maxRangeUj + "\n");
        return folder;
    }
}
