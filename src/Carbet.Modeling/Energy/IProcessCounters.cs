namespace Carbet.Modeling.Energy;

/// <summary>Reads the resource use of a process so far.</summary>
/// <remarks>Contract: <see cref="CpuTime"/> never decreases between reads; both are read afresh at each call.</remarks>
public interface IProcessCounters
{
    /// <summary>CPU time used since the process started, every thread added.</summary>
    TimeSpan CpuTime { get; }

    /// <summary>Physical memory the process holds now, in bytes.</summary>
    long WorkingSetBytes { get; }
}
