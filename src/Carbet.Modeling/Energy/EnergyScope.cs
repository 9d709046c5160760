using System.Collections.Immutable;

namespace Carbet.Modeling.Energy;

/// <summary>A measurement under way; <see cref="Stop"/> gives its result.</summary>
public sealed class EnergyScope
{
    private readonly EnergyMeter _meter;

    internal EnergyScope(EnergyMeter meter, long startedAt, TimeSpan cpuAtStart, long workingSetAtStart, ImmutableArray<long>? raplAtStart) =>
        (_meter, StartedAt, CpuAtStart, WorkingSetAtStart, RaplAtStart) = (meter, startedAt, cpuAtStart, workingSetAtStart, raplAtStart);

    internal long StartedAt { get; }

    internal TimeSpan CpuAtStart { get; }

    internal long WorkingSetAtStart { get; }

    internal ImmutableArray<long>? RaplAtStart { get; }

    /// <summary>The energy, CPU and wall time since the start; may be called again for a later total.</summary>
    public EnergyMeasurement Stop() => _meter.Finish(this);
}
