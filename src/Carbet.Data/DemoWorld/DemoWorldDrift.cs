using System.Collections.Immutable;

namespace Carbet.Data.DemoWorld;

/// <summary>When the drift scenarios of the demo world happen, as 1-based month indexes counted from
/// <see cref="DemoWorldOptions.Start"/> (docs/demo-world.md, drift).</summary>
/// <remarks>A scenario whose months lie past <see cref="DemoWorldOptions.Months"/> does not happen in that world.</remarks>
public sealed class DemoWorldDrift
{
    private const double HurricaneOdds = 1.8;
    private const double ExposedHurricaneOdds = 2.0;
    private const int AftermathLength = 6;

    private DemoWorldDrift(int hurricaneStart)
    {
        HurricaneMonths = [hurricaneStart, hurricaneStart + 1, hurricaneStart + 2];
        HurricaneAftermathMonths = [.. Enumerable.Range(hurricaneStart + 3, AftermathLength)];
    }

    /// <summary>First month whose incomes are inflated; the months before are flat.</summary>
    public int IncomeInflationFrom { get; } = 13;

    /// <summary>Monthly income inflation from <see cref="IncomeInflationFrom"/> on, compounding.</summary>
    public double IncomeInflationPerMonth { get; } = 0.008;

    /// <summary>First month in which <see cref="NewPurpose"/> appears; it never appears before.</summary>
    public int NewPurposeFrom { get; } = 16;

    /// <summary>The loan purpose that appears at <see cref="NewPurposeFrom"/>.</summary>
    public string NewPurpose { get; } = Loans.EnergyRenovation;

    /// <summary>The only territory the hurricane hits, in its canonical spelling.</summary>
    public string HurricaneTerritory { get; } = Territories.Guadeloupe.Name;

    /// <summary>September, October and November of the world's second year: default odds ×1.8 in
    /// <see cref="HurricaneTerritory"/>, ×2.0 for farm, sea and tourism jobs and the self-employed.</summary>
    public ImmutableArray<int> HurricaneMonths { get; }

    /// <summary>The six months after the hurricane, over which its effect on the log-odds fades linearly.</summary>
    public ImmutableArray<int> HurricaneAftermathMonths { get; }


    /// <summary>The drift schedule of a world with these options.</summary>
    public static DemoWorldDrift For(DemoWorldOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // the first September at month 13 or later: the second year's hurricane season whatever the start month
        var september = Enumerable.Range(13, 12).First(i => options.FirstMonth.AddMonths(i - 1).Month == 9);
        return new DemoWorldDrift(september);
    }

    /// <summary>Nominal over real income in a month: 1 before <see cref="IncomeInflationFrom"/>.</summary>
    internal double PriceIndex(int month) =>
        month < IncomeInflationFrom ? 1.0 : Math.Pow(1 + IncomeInflationPerMonth, month - IncomeInflationFrom + 1);

    /// <summary>What the hurricane adds to the default log-odds of an application of that month.</summary>
    internal double HurricaneLogOdds(int month, TerritoryProfile territory, bool exposed)
    {
        if (territory != Territories.Guadeloupe)
            return 0;
        var full = Math.Log(exposed ? ExposedHurricaneOdds : HurricaneOdds);
        if (HurricaneMonths.Contains(month))
            return full;
        var after = month - HurricaneMonths[^1];
        return after >= 1 && after <= AftermathLength ? full * (AftermathLength + 1 - after) / (AftermathLength + 1) : 0;
    }
}
