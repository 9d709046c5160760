using Carbet.Modeling.Energy;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Energy;

public sealed class RaplCountersTests
{
    [Fact]
    public void TryOpen_PackagesAndDram_ReadsThemAndSkipsCoreSubzones()
    {
        using var folder = new TempFolder();
        RaplFolder.Zone(folder.Path, "intel-rapl:0", "package-0", 100, 1_000);
        RaplFolder.Zone(folder.Path, "intel-rapl:0:0", "core", 50, 1_000);
        RaplFolder.Zone(folder.Path, "intel-rapl:0:1", "dram", 20, 1_000);
        RaplFolder.Zone(folder.Path, "intel-rapl:1", "package-1", 300, 1_000);

        var rapl = RaplCounters.TryOpen(folder.Path);

        Assert.NotNull(rapl);
        Assert.Equal(["intel-rapl:0", "intel-rapl:0:1", "intel-rapl:1"], rapl.Zones);
        Assert.Equal([100L, 20L, 300L], rapl.Read());
    }

    [Fact]
    public void JoulesBetween_CounterWrapped_AddsTheRange()
    {
        using var folder = new TempFolder();
        var zone = RaplFolder.Zone(folder.Path, "intel-rapl:0", "package-0", 9_000_000, 10_000_000);
        var rapl = RaplCounters.TryOpen(folder.Path)!;
        var before = rapl.Read();
        File.WriteAllText(Path.Combine(zone, "energy_uj"), "500000");

        // 10 J range: from 9 J up to the wrap is 1 J, then 0.5 J
        Assert.Equal(1.5, rapl.JoulesBetween(before, rapl.Read()), 12);
    }

    [Fact]
    public void TryOpen_NoZones_ReturnsNull()
    {
        using var folder = new TempFolder();
        Assert.Null(RaplCounters.TryOpen(folder.Path));
        Assert.Null(RaplCounters.TryOpen(Path.Combine(folder.Path, "absent")));
    }

    [Fact]
    public void TryOpen_CounterUnreadable_ReturnsNull()
    {
        using var folder = new TempFolder();
        var zone = RaplFolder.Zone(folder.Path, "intel-rapl:0", "package-0", 1, 10);
        File.Delete(Path.Combine(zone, "energy_uj"));
        Assert.Null(RaplCounters.TryOpen(folder.Path));
    }
}
