using System.ComponentModel.DataAnnotations;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Data.DemoWorld;

/// <summary>How much demo world to generate, from which month, with which seed.</summary>
public sealed record DemoWorldOptions
{
    /// <summary>Number of monthly batches.</summary>
    /// <value>The default is 24; 1 to 120.</value>
    [Range(1, 120)]
    public int Months { get; init; } = 24;

    /// <summary>The seed every random stream of the world derives from.</summary>
    /// <value>The default is <see cref="CarbetContext.DefaultSeed"/>.</value>
    public int Seed { get; init; } = CarbetContext.DefaultSeed;

    /// <summary>The first month; only its year and month count.</summary>
    /// <value>The default is January 2024.</value>
    public DateOnly Start { get; init; } = new(2024, 1, 1);

    /// <summary>Distinct applications per month, before resubmitted duplicates are added.</summary>
    /// <value>The default is 2,000; 100 to 100,000.</value>
    [Range(100, 100_000)]
    public int ApplicationsPerMonth { get; init; } = 2_000;

    /// <summary>The first day of the first month.</summary>
    internal DateOnly FirstMonth => new(Start.Year, Start.Month, 1);

    /// <summary>Throws a <see cref="UserErrorException"/> naming the first option out of range.</summary>
    internal void Validate()
    {
        if (Months is < 1 or > 120)
            throw new UserErrorException($"Months is {Months}; the demo world spans 1 to 120 months.", "Set Months between 1 and 120.");
        if (ApplicationsPerMonth is < 100 or > 100_000)
        {
            throw new UserErrorException($"ApplicationsPerMonth is {ApplicationsPerMonth}; the demo world takes 100 to 100,000 a month.",
                "Set ApplicationsPerMonth between 100 and 100000.");
        }
        if (Start.Year is < 1900 or > 2900)
        {
            throw new UserErrorException($"Start is {Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; the demo world starts between 1900 and 2900.",
                "Set Start to a month between 1900 and 2900.");
        }
    }
}
