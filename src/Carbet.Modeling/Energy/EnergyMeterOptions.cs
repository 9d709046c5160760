using System.ComponentModel.DataAnnotations;

namespace Carbet.Modeling.Energy;

/// <summary>The rated powers behind <see cref="EnergyMethod.CpuTimeEstimate"/>.</summary>
/// <remarks>Estimate in watt-hours: (CPU seconds × <see cref="CpuTdpWatts"/> / <see cref="Cores"/>
/// + wall seconds × <see cref="MemoryWattsPerGiB"/> × working set in GiB) / 3600.
/// The defaults are CodeCarbon's fallbacks: 85 W when the CPU model is unknown, 0.375 W per GiB of memory.</remarks>
public sealed record EnergyMeterOptions
{
    /// <summary>CodeCarbon's thermal design power for a CPU it cannot identify, in watts.</summary>
    public const double DefaultCpuTdpWatts = 85;

    /// <summary>CodeCarbon's memory power, in watts per GiB (3 W per 8 GiB).</summary>
    public const double DefaultMemoryWattsPerGiB = 0.375;

    /// <value>The processor's thermal design power, all cores together. The default is 85 W.</value>
    [Range(1, 2_000)]
    public double CpuTdpWatts { get; init; } = DefaultCpuTdpWatts;

    /// <value>The number of logical cores sharing <see cref="CpuTdpWatts"/>. The default is <see cref="Environment.ProcessorCount"/>.</value>
    [Range(1, 4_096)]
    public int Cores { get; init; } = Environment.ProcessorCount;

    /// <value>Memory power per GiB held. The default is 0.375 W.</value>
    [Range(0, 100)]
    public double MemoryWattsPerGiB { get; init; } = DefaultMemoryWattsPerGiB;

    /// <value>Whether to read RAPL counters when they are readable. The default is true.</value>
    public bool UseRapl { get; init; } = true;

    /// <value>The powercap folder holding the RAPL zones. The default is <c>/sys/class/powercap</c>.</value>
    public string PowercapFolder { get; init; } = RaplCounters.DefaultFolder;

    /// <summary>Rated power of one core, in watts.</summary>
    public double WattsPerCore => CpuTdpWatts / Cores;
}
