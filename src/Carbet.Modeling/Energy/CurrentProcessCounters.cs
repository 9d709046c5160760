using System.Diagnostics;

namespace Carbet.Modeling.Energy;

/// <summary>The counters of the running process.</summary>
public sealed class CurrentProcessCounters : IProcessCounters
{
    /// <inheritdoc/>
    public TimeSpan CpuTime
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }
    }

    /// <inheritdoc/>
    public long WorkingSetBytes
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.WorkingSet64;
        }
    }
}
