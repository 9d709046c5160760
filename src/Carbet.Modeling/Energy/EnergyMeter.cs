namespace Carbet.Modeling.Energy;

/// <summary>Measures the energy of a piece of work: from RAPL counters when readable, else estimated from CPU time.</summary>
/// <remarks>Estimate (<see cref="EnergyMethod.CpuTimeEstimate"/>), in watt-hours:
/// (CPU seconds × TDP / cores + wall seconds × W per GiB × mean working set in GiB) / 3600, the working set taken as
/// the mean of its values at start and stop. It counts this process only; RAPL counts the whole machine.</remarks>
public sealed class EnergyMeter
{
    private const double BytesPerGiB = 1024.0 * 1024 * 1024;
    private readonly EnergyMeterOptions _options;
    private readonly TimeProvider _time;
    private readonly IProcessCounters _process;
    private readonly RaplCounters? _rapl;

    /// <summary>A meter on the given counters; <paramref name="rapl"/> null means estimate.</summary>
    public EnergyMeter(EnergyMeterOptions options, TimeProvider time, IProcessCounters process, RaplCounters? rapl)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(process);
        if (options.Cores < 1 || !(options.CpuTdpWatts > 0) || !(options.MemoryWattsPerGiB >= 0))
            throw new ArgumentException("Cores and the CPU power must be positive, the memory power not negative.", nameof(options));
        (_options, _time, _process, _rapl) = (options, time, process, rapl);
    }

    /// <summary>The method <see cref="Start"/> will use.</summary>
    public EnergyMethod Method => _rapl is null ? EnergyMethod.CpuTimeEstimate : EnergyMethod.Rapl;

    /// <summary>A meter for this process on this machine: RAPL when <see cref="EnergyMeterOptions.UseRapl"/> and readable.</summary>
    public static EnergyMeter ForThisMachine(TimeProvider time, EnergyMeterOptions? options = null)
    {
        var chosen = options ?? new EnergyMeterOptions();
        return new EnergyMeter(chosen, time, new CurrentProcessCounters(), chosen.UseRapl ? RaplCounters.TryOpen(chosen.PowercapFolder) : null);
    }

    /// <summary>Starts a measurement; <see cref="EnergyScope.Stop"/> ends it.</summary>
    public EnergyScope Start() => new(this, _time.GetTimestamp(), _process.CpuTime, _process.WorkingSetBytes, _rapl?.Read());

    internal EnergyMeasurement Finish(EnergyScope scope)
    {
        var wall = _time.GetElapsedTime(scope.StartedAt).TotalSeconds;
        var cpu = Math.Max(0, (_process.CpuTime - scope.CpuAtStart).TotalSeconds);
        if (_rapl is not null && scope.RaplAtStart is { } before)
            return new EnergyMeasurement(_rapl.JoulesBetween(before, _rapl.Read()) / 3600, cpu, wall, EnergyMethod.Rapl);
        var gib = (scope.WorkingSetAtStart + _process.WorkingSetBytes) / 2.0 / BytesPerGiB;
        var joules = (cpu * _options.WattsPerCore) + (wall * _options.MemoryWattsPerGiB * gib);
        return new EnergyMeasurement(joules / 3600, cpu, wall, EnergyMethod.CpuTimeEstimate);
    }
}
