using Carbet.Data.DemoWorld;

using static Carbet.Data.Tests.DemoWorld.DemoWorldSample;

namespace Carbet.Data.Tests.DemoWorld;

/// <summary>The drift table of docs/demo-world.md.</summary>
public sealed class DemoWorldDriftTests
{
    [Fact]
    public void For_DefaultStart_DocumentedMonths()
    {
        var drift = DemoWorldDrift.For(new DemoWorldOptions());
        Assert.Equal(13, drift.IncomeInflationFrom);
        Assert.Equal(0.008, drift.IncomeInflationPerMonth);
        Assert.Equal(16, drift.NewPurposeFrom);
        Assert.Equal("energy_renovation", drift.NewPurpose);
        Assert.Equal("Guadeloupe", drift.HurricaneTerritory);
        Assert.Equal([21, 22, 23], drift.HurricaneMonths);
        Assert.Equal([24, 25, 26, 27, 28, 29], drift.HurricaneAftermathMonths);
    }

    [Theory]
    [InlineData(2024, 9, 13)]
    [InlineData(2024, 10, 24)]
    [InlineData(2023, 3, 19)]
    public void For_OtherStart_HurricaneInFirstSeptemberFromMonth13(int year, int month, int september)
    {
        var options = new DemoWorldOptions { Start = new DateOnly(year, month, 1) };
        var drift = DemoWorldDrift.For(options);
        Assert.Equal(september, drift.HurricaneMonths[0]);
        Assert.Equal(9, options.Start.AddMonths(september - 1).Month);
    }

    [Fact]
    public void PriceIndex_AroundInflationStart_FlatThenCompounding()
    {
        var drift = DemoWorldDrift.For(new DemoWorldOptions());
        Assert.All(Enumerable.Range(1, 12), m => Assert.Equal(1.0, drift.PriceIndex(m)));
        Assert.Equal(1.008, drift.PriceIndex(13), 12);
        Assert.Equal(Math.Pow(1.008, 12), drift.PriceIndex(24), 12);
    }

    [Fact]
    public void Generate_NewPurpose_AppearsFromMonth16AndNeverBefore()
    {
        Assert.DoesNotContain(Rows(1, 15), a => a.Purpose == "energy_renovation");
        Assert.All(Enumerable.Range(16, 9), m => Assert.InRange(Share(Rows(m, m), a => a.Purpose == "energy_renovation"), 0.05, 0.12));
    }

    [Fact]
    public void Generate_IncomeInflation_FlatBeforeMonth13AndRisingAfter()
    {
        static double MedianIncome(int first, int last) =>
            Median(Rows(first, last).Select(a => a.MonthlyIncome).Where(i => i is >= 100 and <= 15_000));
        var firstYear = MedianIncome(1, 12);
        Assert.InRange(MedianIncome(7, 12) / MedianIncome(1, 6), 0.97, 1.03);
        // 1.008^k averaged over months 13-24 is +5.3 %; over months 19-24, +7.9 %
        Assert.InRange(MedianIncome(13, 24) / firstYear, 1.03, 1.08);
        Assert.InRange(MedianIncome(19, 24) / firstYear, 1.05, 1.11);
    }

    [Fact]
    public void Generate_Hurricane_RaisesGuadeloupeDefaultsOnly()
    {
        // 6,000 a month gives ~6,700 Guadeloupe applications a quarter: the 1.5x rise stands 8 standard
        // errors clear, and 0.025 is 4 standard errors for the other territories
        var counts = new Dictionary<(string Territory, bool Hurricane), (int Rows, int Defaults)>();
        foreach (var month in DemoWorldGenerator.Generate(new DemoWorldOptions { Months = 23, ApplicationsPerMonth = 6_000 }))
        {
            if (month.Index is not (>= 9 and <= 11 or >= 21))
                continue;
            foreach (var a in month.Applications.DistinctBy(a => a.ApplicationId))
            {
                var key = (TerritoryOf(a), month.Index >= 21);
                var (rows, defaults) = counts.GetValueOrDefault(key);
                counts[key] = (rows + 1, defaults + (a.Default12Months ? 1 : 0));
            }
        }
        double Rate(string territory, bool hurricane) => counts[(territory, hurricane)].Defaults / (double)counts[(territory, hurricane)].Rows;

        var (before, during) = (Rate("Guadeloupe", false), Rate("Guadeloupe", true));
        Assert.True(during - before > 0.03 && during / before > 1.25, $"Guadeloupe: {before:P1} in months 9-11, {during:P1} in months 21-23");
        foreach (var other in new[] { "Martinique", "Guyane" })
        {
            var (a, b) = (Rate(other, false), Rate(other, true));
            Assert.True(Math.Abs(b - a) < 0.025, $"{other}: {a:P1} in months 9-11, {b:P1} in months 21-23");
        }
    }

    [Fact]
    public void Generate_Outcomes_KnownOnWithinTwelveMonthsOfTheApplication()
    {
        foreach (var month in Months)
        {
            var dates = month.Applications.DistinctBy(a => a.ApplicationId).ToDictionary(a => a.ApplicationId, a => a.ApplicationDate);
            Assert.All(month.Outcomes, o =>
            {
                var applied = dates[o.ApplicationId];
                Assert.InRange(o.KnownOn, applied.AddDays(1), applied.AddMonths(12));
                if (!o.Default)
                    Assert.Equal(applied.AddMonths(12), o.KnownOn);
            });
        }
    }
}
