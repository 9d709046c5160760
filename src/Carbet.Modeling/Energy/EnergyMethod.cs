namespace Carbet.Modeling.Energy;

/// <summary>How an <see cref="EnergyMeasurement"/> was obtained.</summary>
public enum EnergyMethod
{
    /// <summary>Read from the processor's RAPL energy counters: measured, for the whole machine's packages and memory.</summary>
    Rapl,

    /// <summary>Estimated from the process's CPU time and working set with rated powers: see <see cref="EnergyMeterOptions"/>.</summary>
    CpuTimeEstimate,
}
