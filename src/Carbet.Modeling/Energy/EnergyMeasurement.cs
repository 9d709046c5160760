namespace Carbet.Modeling.Energy;

/// <summary>The energy one piece of work used, and how it was obtained.</summary>
/// <param name="EnergyWh">Watt-hours.</param>
/// <param name="CpuSeconds">The process's CPU time over the measurement, every thread added.</param>
/// <param name="WallSeconds">Elapsed time over the measurement.</param>
/// <param name="Method">Measured from RAPL counters or estimated from CPU time.</param>
public sealed record EnergyMeasurement(double EnergyWh, double CpuSeconds, double WallSeconds, EnergyMethod Method)
{
    /// <summary>The method as recorded in run parameters: <c>rapl</c> or <c>cpu-time-estimate</c>.</summary>
    public string MethodName => Method switch
    {
        EnergyMethod.Rapl => "rapl",
        _ => "cpu-time-estimate",
    };

    /// <summary>Grams of CO2-equivalent for this energy on a grid of the given intensity.</summary>
    public double Co2eGrams(GridIntensity grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return grid.GramsCo2e(EnergyWh);
    }

    /// <summary>The sum of two measurements; the method is the less direct of the two.</summary>
    public EnergyMeasurement Add(EnergyMeasurement other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(EnergyWh + other.EnergyWh, CpuSeconds + other.CpuSeconds, WallSeconds + other.WallSeconds,
            Method == EnergyMethod.Rapl && other.Method == EnergyMethod.Rapl ? EnergyMethod.Rapl : EnergyMethod.CpuTimeEstimate);
    }
}
