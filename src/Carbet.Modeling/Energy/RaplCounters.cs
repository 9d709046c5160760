using System.Collections.Immutable;
using System.Globalization;

namespace Carbet.Modeling.Energy;

/// <summary>The RAPL energy counters of a Linux powercap folder: each package, plus DRAM where the platform reports it apart.</summary>
/// <remarks>Reads the top-level zones <c>intel-rapl:N</c> (AMD processors report under the same name) and their
/// subzones named <c>dram</c>, which the package figure leaves out; the core and uncore subzones are inside the package
/// figure, so they are skipped. A counter that fell between two reads wrapped at its <c>max_energy_range_uj</c>.
/// The counters cover the whole machine, other processes included.</remarks>
public sealed class RaplCounters
{
    /// <summary>Where Linux exposes the counters.</summary>
    public const string DefaultFolder = "/sys/class/powercap";

    private readonly ImmutableArray<Zone> _zones;

    private RaplCounters(ImmutableArray<Zone> zones) => _zones = zones;

    /// <summary>The zones read, e.g. <c>intel-rapl:0</c>, sorted.</summary>
    public ImmutableArray<string> Zones => [.. _zones.Select(z => z.Name)];

    /// <summary>The counters under <paramref name="folder"/>, or null when it has no zone whose counter this process may read.</summary>
    /// <remarks>Recent kernels let only root read <c>energy_uj</c>; that is the common reason for null.</remarks>
    public static RaplCounters? TryOpen(string folder = DefaultFolder)
    {
        if (!Directory.Exists(folder))
            return null;
        var zones = new List<Zone>();
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "intel-rapl:*").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var depth = name.Count(c => c == ':');
            if (depth == 2 && !string.Equals(ReadText(Path.Combine(path, "name")), "dram", StringComparison.Ordinal))
                continue;
            if (depth is < 1 or > 2 || TryReadLong(Path.Combine(path, "energy_uj")) is null)
                continue;
            var range = TryReadLong(Path.Combine(path, "max_energy_range_uj")) ?? long.MaxValue;
            zones.Add(new Zone(name, path, range));
        }
        return zones.Count == 0 ? null : new RaplCounters([.. zones]);
    }

    /// <summary>Each zone's counter now, in microjoules, in the order of <see cref="Zones"/>.</summary>
    public ImmutableArray<long> Read() =>
        [.. _zones.Select(z => TryReadLong(Path.Combine(z.Path, "energy_uj")) ?? throw new IOException($"'{z.Path}/energy_uj' is no longer readable."))];

    /// <summary>Joules used between two reads, every zone added; a counter that fell wrapped once at its range.</summary>
    public double JoulesBetween(ImmutableArray<long> before, ImmutableArray<long> after)
    {
        if (before.Length != _zones.Length || after.Length != _zones.Length)
            throw new ArgumentException("Both reads must come from this reader.", nameof(after));
        double microjoules = 0;
        for (var i = 0; i < _zones.Length; i++)
            microjoules += after[i] >= before[i] ? after[i] - before[i] : _zones[i].Range - before[i] + after[i];
        return microjoules / 1e6;
    }

    private static string? ReadText(string file)
    {
        try
        {
            return File.Exists(file) ? File.ReadAllText(file).Trim() : null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return null;
        }
    }

    private static long? TryReadLong(string file) =>
        long.TryParse(ReadText(file), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed record Zone(string Name, string Path, long Range);
}
