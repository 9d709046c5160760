using Carbet.Core;
using Carbet.Modeling.Energy;

namespace Carbet.Modeling.Tests.Energy;

public sealed class GridIntensityTests
{
    [Theory]
    [InlineData("france", 67)]
    [InlineData("Guadeloupe", 497)]
    [InlineData("martinique", 525)]
    [InlineData("french-guiana", 216)]
    [InlineData("world", 475)]
    public void For_KnownTerritory_GivesTheSourcedDefault(string territory, double grams)
    {
        var grid = GridIntensity.For(territory);
        Assert.Equal(grams, grid.GramsPerKwh);
        Assert.NotEmpty(grid.Source);
    }

    [Fact]
    public void For_UnknownTerritory_RefusedWithTheList()
    {
        var error = Assert.Throws<UserErrorException>(() => GridIntensity.For("atlantis"));
        Assert.Contains("atlantis", error.Message, StringComparison.Ordinal);
        Assert.Contains("france, guadeloupe, martinique, french-guiana, world", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Co2eGrams_TwoWattHoursOnMartinique_IsKwhTimesIntensity()
    {
        var measured = new EnergyMeasurement(2, 1, 1, EnergyMethod.CpuTimeEstimate);
        Assert.Equal(0.002 * 525, measured.Co2eGrams(GridIntensity.For("martinique")), 12);
    }
}
