using Carbet.Modeling.Energy;
using Carbet.Server.Metrics;

using Microsoft.Extensions.Time.Testing;

namespace Carbet.Server.Tests.Metrics;

public sealed class PredictionEnergyTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly Counters _counters = new();

    [Fact]
    public void Close_WindowWithPredictions_GivesTheMetersEnergyPerThousand()
    {
        var energy = NewEnergy();

        energy.Add(300);
        energy.Add(200);
        _counters.Cpu += TimeSpan.FromSeconds(36);   // 36 s × 10 W = 360 J = 0.1 Wh
        _time.Advance(TimeSpan.FromSeconds(15));
        var window = energy.Close();

        Assert.NotNull(window);
        Assert.Equal(0.1 * 1000 / 500, window.WhPer1000Predictions, 12);
        Assert.Equal("cpu-time-estimate", window.Method);
        Assert.Equal(500, window.Predictions);
    }

    [Fact]
    public void Close_IdleWindow_IsDroppedAndNotChargedToTheNextPredictions()
    {
        var energy = NewEnergy();

        _counters.Cpu += TimeSpan.FromSeconds(100);
        var idle = energy.Close();
        energy.Add(1000);
        _counters.Cpu += TimeSpan.FromSeconds(3.6);   // 36 J = 0.01 Wh
        var busy = energy.Close();

        Assert.Null(idle);
        Assert.Equal(0.01, busy!.WhPer1000Predictions, 12);
    }

    private PredictionEnergy NewEnergy() =>
        new(new EnergyMeter(new EnergyMeterOptions { CpuTdpWatts = 80, Cores = 8, MemoryWattsPerGiB = 0 }, _time, _counters, null));

    private sealed class Counters : IProcessCounters
    {
        public TimeSpan Cpu { get; set; } = TimeSpan.FromSeconds(5);

        public TimeSpan CpuTime => Cpu;

        public long WorkingSetBytes => 1L << 30;
    }
}
