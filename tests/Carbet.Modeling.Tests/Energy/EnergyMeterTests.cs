using Carbet.Modeling.Energy;
using Carbet.Testing;

using Microsoft.Extensions.Time.Testing;

namespace Carbet.Modeling.Tests.Energy;

public sealed class EnergyMeterTests
{
    private const long GiB = 1024L * 1024 * 1024;

    [Fact]
    public void Stop_NoRapl_EstimatesFromCpuTimeAndMemory()
    {
        var (time, process) = (new FakeTimeProvider(), new FakeProcessCounters { CpuTime = TimeSpan.FromSeconds(5), WorkingSetBytes = 1 * GiB });
        var meter = new EnergyMeter(new EnergyMeterOptions { CpuTdpWatts = 80, Cores = 8 }, time, process, rapl: null);

        var scope = meter.Start();
        time.Advance(TimeSpan.FromSeconds(100));
        process.CpuTime += TimeSpan.FromSeconds(360);
        process.WorkingSetBytes = 3 * GiB;
        var measured = scope.Stop();

        // 360 s × 80 W / 8 cores = 3600 J; 100 s × 0.375 W/GiB × mean(1, 3) GiB = 75 J; (3600 + 75) / 3600 Wh
        Assert.Equal(EnergyMethod.CpuTimeEstimate, measured.Method);
        Assert.Equal("cpu-time-estimate", measured.MethodName);
        Assert.Equal(3675.0 / 3600, measured.EnergyWh, 12);
        Assert.Equal(360, measured.CpuSeconds, 12);
        Assert.Equal(100, measured.WallSeconds, 12);
    }

    [Fact]
    public void Stop_RaplReadable_UsesTheCountersAndSaysSo()
    {
        using var folder = new TempFolder();
        var zone = RaplFolder.Zone(folder.Path, "intel-rapl:0", "package-0", 1_000_000, 10_000_000);
        var (time, process) = (new FakeTimeProvider(), new FakeProcessCounters());
        var meter = new EnergyMeter(new EnergyMeterOptions(), time, process, RaplCounters.TryOpen(folder.Path));

        var scope = meter.Start();
        File.WriteAllText(Path.Combine(zone, "energy_uj"), "4600000");
        time.Advance(TimeSpan.FromSeconds(2));
        process.CpuTime = TimeSpan.FromSeconds(1.5);
        var measured = scope.Stop();

        Assert.Equal(EnergyMethod.Rapl, measured.Method);
        Assert.Equal(3.6 / 3600, measured.EnergyWh, 12);
        Assert.Equal(1.5, measured.CpuSeconds, 12);
    }

    [Fact]
    public void ForThisMachine_RaplTurnedOff_Estimates()
    {
        var meter = EnergyMeter.ForThisMachine(TimeProvider.System, new EnergyMeterOptions { UseRapl = false });
        Assert.Equal(EnergyMethod.CpuTimeEstimate, meter.Method);
        var measured = meter.Start().Stop();
        Assert.True(measured.EnergyWh >= 0);
    }

    [Fact]
    public void Options_Defaults_AreCodeCarbonFallbacks()
    {
        var options = new EnergyMeterOptions { Cores = 4 };
        Assert.Equal(85, options.CpuTdpWatts);
        Assert.Equal(0.375, options.MemoryWattsPerGiB);
        Assert.Equal(85.0 / 4, options.WattsPerCore);
    }
}
