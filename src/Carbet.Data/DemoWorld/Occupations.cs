using System.Collections.Immutable;

namespace Carbet.Data.DemoWorld;

/// <summary>One value of the proxy column <c>occupation</c>.</summary>
/// <param name="Women">Relative weight among women of its sector.</param>
/// <param name="Men">Relative weight among men of its sector.</param>
/// <param name="RiskEffect">Added to the default log-odds.</param>
/// <param name="HurricaneExposed">Farm, sea and tourism jobs, hit twice as hard by a hurricane.</param>
internal sealed record Occupation(string Name, Sector Sector, double Women, double Men, double IncomeEffect, double RiskEffect, bool HurricaneExposed = false);

internal enum Sector
{
    Public,
    Private,
    Independent,
}

/// <summary>The occupations, segregated by sex as jobs in the territories are; this is what makes the column a proxy of sex.</summary>
internal static class Occupations
{
    public static readonly ImmutableArray<Occupation> All =
    [
        new("teacher", Sector.Public, 0.34, 0.12, 0.05, -0.15),
        new("nurse", Sector.Public, 0.26, 0.03, 0.05, -0.10),
        new("administrative_officer", Sector.Public, 0.32, 0.10, 0.0, -0.05),
        new("police_officer", Sector.Public, 0.04, 0.30, 0.05, 0.0),
        new("firefighter", Sector.Public, 0.01, 0.14, 0.0, 0.0),
        new("public_works_technician", Sector.Public, 0.03, 0.31, 0.0, -0.10),
        new("care_worker", Sector.Private, 0.22, 0.02, -0.10, 0.10),
        new("cashier", Sector.Private, 0.16, 0.03, -0.15, 0.15),
        new("secretary", Sector.Private, 0.15, 0.01, -0.05, 0.0),
        new("sales_assistant", Sector.Private, 0.14, 0.05, -0.10, 0.05),
        new("cleaner", Sector.Private, 0.11, 0.03, -0.20, 0.20),
        new("hotel_staff", Sector.Private, 0.12, 0.07, -0.10, 0.20, HurricaneExposed: true),
        new("construction_worker", Sector.Private, 0.01, 0.25, -0.05, 0.25),
        new("driver", Sector.Private, 0.02, 0.18, -0.05, 0.05),
        new("mechanic", Sector.Private, 0.01, 0.14, 0.0, 0.0),
        new("security_guard", Sector.Private, 0.02, 0.11, -0.10, 0.10),
        new("engineer", Sector.Private, 0.05, 0.13, 0.35, -0.30),
        new("hairdresser", Sector.Independent, 0.26, 0.03, -0.10, 0.10),
        new("childminder", Sector.Independent, 0.30, 0.01, -0.20, 0.05),
        new("shopkeeper", Sector.Independent, 0.30, 0.20, 0.10, 0.0),
        new("farmer", Sector.Independent, 0.08, 0.25, -0.10, 0.25, HurricaneExposed: true),
        new("fisher", Sector.Independent, 0.01, 0.15, -0.10, 0.30, HurricaneExposed: true),
        new("craftsman", Sector.Independent, 0.03, 0.24, 0.05, 0.10),
        new("taxi_driver", Sector.Independent, 0.02, 0.12, -0.05, 0.15),
    ];

    private static readonly ImmutableDictionary<(Sector, bool), Weighted<Occupation>> BySectorAndSex =
        Enum.GetValues<Sector>()
            .SelectMany(s => new[] { (s, true), (s, false) })
            .ToImmutableDictionary(k => k, k => new Weighted<Occupation>(
                [.. All.Where(o => o.Sector == k.s).Select(o => (o, k.Item2 ? o.Women : o.Men))]));

    // the unemployed and the retired keep the occupation of their last job
    private static readonly Weighted<Sector> FormerSector = new((Sector.Public, 0.40), (Sector.Private, 0.45), (Sector.Independent, 0.15));

    public static Occupation Draw(Random random, string employment, bool woman)
    {
        var sector = employment switch
        {
            Employment.CivilServant => Sector.Public,
            Employment.Permanent or Employment.FixedTerm => Sector.Private,
            Employment.SelfEmployed => Sector.Independent,
            _ => FormerSector.Pick(random),
        };
        return BySectorAndSex[(sector, woman)].Pick(random);
    }
}
