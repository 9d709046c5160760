using Carbet.Modeling.Energy;

namespace Carbet.Modeling.Tests.Energy;

/// <summary>Counters a test sets by hand.</summary>
internal sealed class FakeProcessCounters : IProcessCounters
{
    public TimeSpan CpuTime { get; set; }

    public long WorkingSetBytes { get; set; }
}
