using static Carbet.Data.Tests.DemoWorld.DemoWorldSample;

namespace Carbet.Data.Tests.DemoWorld;

/// <summary>The calibration table of docs/demo-world.md, on the default world.</summary>
public sealed class DemoWorldCalibrationTests
{
    [Fact]
    public void Generate_DefaultOptions_PositiveRateBetween8And12Percent()
    {
        Assert.InRange(DefaultRate(Applications()), 0.08, 0.12);
    }

    [Theory]
    [InlineData("Guadeloupe", 0.36, 0.38)]
    [InlineData("Martinique", 0.33, 0.35)]
    [InlineData("Guyane", 0.27, 0.30)]
    public void Generate_DefaultOptions_TerritoryShareInRange(string territory, double low, double high)
    {
        Assert.InRange(Share(Applications(), a => TerritoryOf(a) == territory), low, high);
    }

    [Theory]
    [InlineData("Guadeloupe", 0.20, 0.30, 80)]
    [InlineData("Martinique", 0.25, 0.32, 80)]
    [InlineData("Guyane", 0.08, 0.12, 75)]
    public void Generate_DefaultOptions_AgesInRange(string territory, double seniorLow, double seniorHigh, int maxAge)
    {
        var rows = Applications().Where(a => TerritoryOf(a) == territory).ToList();
        Assert.InRange(Share(rows, a => a.Age >= 60), seniorLow, seniorHigh);
        Assert.All(rows, a => Assert.InRange(a.Age, 18, maxAge));
    }

    [Theory]
    [InlineData("Guadeloupe", 1_375, 1_680, 0.55, 0.65)]
    [InlineData("Martinique", 1_430, 1_740, 0.55, 0.65)]
    [InlineData("Guyane", 935, 1_200, 0.65, 0.80)]
    public void Generate_FirstYear_IncomeMedianAndSpreadInRange(string territory, double medianLow, double medianHigh, double sigmaLow, double sigmaHigh)
    {
        // months 1-12: before inflation; the unit typos are left out as a careful analyst would
        var incomes = Applications(1, 12).Where(a => TerritoryOf(a) == territory)
            .Select(a => a.MonthlyIncome).Where(i => i is >= 100 and <= 15_000).ToList();
        Assert.InRange(Median(incomes), medianLow, medianHigh);
        Assert.InRange(StandardDeviation(incomes.Select(i => Math.Log(i))), sigmaLow, sigmaHigh);
    }

    [Theory]
    [InlineData("Guadeloupe", 0.05, 0.12, 0.30, 0.40, 0.08, 0.14, 0.10, 0.18)]
    [InlineData("Martinique", 0.04, 0.08, 0.30, 0.40, 0.08, 0.12, 0.10, 0.15)]
    [InlineData("Guyane", 0.05, 0.10, 0.35, 0.45, 0.08, 0.14, 0.12, 0.20)]
    public void Generate_DefaultOptions_EmploymentMixInRange(string territory, double unemployedLow, double unemployedHigh,
        double publicLow, double publicHigh, double selfLow, double selfHigh, double fixedLow, double fixedHigh)
    {
        var working = Applications().Where(a => TerritoryOf(a) == territory && a.EmploymentType != "retired").ToList();
        Assert.InRange(Share(working, a => a.EmploymentType == "unemployed"), unemployedLow, unemployedHigh);
        Assert.InRange(Share(working, a => a.EmploymentType == "civil_servant"), publicLow, publicHigh);
        Assert.InRange(Share(working, a => a.EmploymentType == "self_employed"), selfLow, selfHigh);
        Assert.InRange(Share(working, a => a.EmploymentType == "fixed_term"), fixedLow, fixedHigh);
    }

    [Theory]
    [InlineData("Guadeloupe", 0.55, 0.62)]
    [InlineData("Martinique", 0.52, 0.58)]
    [InlineData("Guyane", 0.38, 0.45)]
    public void Generate_DefaultOptions_HomeOwnershipInRange(string territory, double low, double high)
    {
        var known = Applications().Where(a => TerritoryOf(a) == territory && a.Housing is "owner" or "tenant" or "social_housing" or "family");
        Assert.InRange(Share(known, a => a.Housing == "owner"), low, high);
    }

    [Theory]
    [InlineData("Guadeloupe", 6_000, 12_000)]
    [InlineData("Martinique", 6_000, 12_000)]
    [InlineData("Guyane", 5_000, 10_000)]
    public void Generate_DefaultOptions_LoanAmountsInRange(string territory, double medianLow, double medianHigh)
    {
        var amounts = Applications().Where(a => TerritoryOf(a) == territory).Select(a => a.LoanAmount).ToList();
        Assert.All(amounts, amount => Assert.InRange(amount, 1_000, 40_000));
        Assert.InRange(Median(amounts), medianLow, medianHigh);
    }

    [Fact]
    public void Generate_DefaultOptions_DurationsFrom12To84WithModeIn36To60()
    {
        var durations = Applications().Select(a => a.LoanDurationMonths).ToList();
        Assert.All(durations, d => Assert.Contains(d, new[] { 12, 18, 24, 36, 48, 60, 72, 84 }));
        Assert.InRange(durations.CountBy(d => d).MaxBy(p => p.Value).Key, 36, 60);
    }

    [Theory]
    [InlineData("Guadeloupe", 0.09, 0.12)]
    [InlineData("Martinique", 0.08, 0.11)]
    [InlineData("Guyane", 0.10, 0.13)]
    public void Generate_FirstYear_TerritoryDefaultRateInRange(string territory, double low, double high)
    {
        Assert.InRange(DefaultRate(Applications(1, 12).Where(a => TerritoryOf(a) == territory)), low, high);
    }

    [Fact]
    public void Generate_DefaultOptions_ProxyCramersVWithSexAbove0_5()
    {
        var pairs = Applications().Select(a => (a.Occupation, a.Sex)).ToList();
        Assert.True(CramersV(pairs) >= 0.5, $"Cramér's V of occupation and sex is {CramersV(pairs):F3}");
    }

    [Fact]
    public void Generate_DefaultOptions_ProxyCarriesSignal()
    {
        // the proxy must matter to a model, else dropping it would be free
        var rates = Applications().GroupBy(a => a.Occupation).Where(g => g.Count() > 500).Select(g => DefaultRate(g)).ToList();
        Assert.True(rates.Max() - rates.Min() > 0.05, $"occupation default rates span only {rates.Min():P1}-{rates.Max():P1}");
    }
}
