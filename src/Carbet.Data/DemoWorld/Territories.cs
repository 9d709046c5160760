using System.Collections.Immutable;

namespace Carbet.Data.DemoWorld;

/// <summary>The three territories of the demo lender, calibrated on DEMO-WORLD-FACTS.md §9.</summary>
internal static class Territories
{
    public static readonly TerritoryProfile Guadeloupe = new(
        "Guadeloupe", 0.37, 0.25, 80, 1_510, 0.55, 0.585, 44.8, 0.10,
        // communes weighted by population (INSEE, rounded)
        new(("Les Abymes", 53), ("Baie-Mahault", 31), ("Le Gosier", 26), ("Petit-Bourg", 24),
            ("Sainte-Anne", 24), ("Le Moule", 22), ("Pointe-à-Pitre", 15), ("Basse-Terre", 10)),
        Mix(civilServant: 0.35, permanent: 0.30, fixedTerm: 0.14, selfEmployed: 0.11, unemployed: 0.10),
        new(("Guadeloupe", 0.74), ("guadeloupe ", 0.08), ("GPE", 0.07), ("GUADELOUPE", 0.06), ("971", 0.05)));

    public static readonly TerritoryProfile Martinique = new(
        "Martinique", 0.34, 0.28, 80, 1_565, 0.53, 0.55, 45.6, 0.12,
        new(("Fort-de-France", 76), ("Le Lamentin", 39), ("Le Robert", 21), ("Schœlcher", 19),
            ("Ducos", 17), ("Le François", 16), ("Sainte-Marie", 15)),
        Mix(civilServant: 0.35, permanent: 0.37, fixedTerm: 0.12, selfEmployed: 0.10, unemployed: 0.06),
        new(("Martinique", 0.76), ("martinique", 0.08), ("MQ", 0.08), ("972", 0.08)));

    public static readonly TerritoryProfile FrenchGuiana = new(
        "Guyane", 0.29, 0.10, 75, 1_060, 0.68, 0.415, 40.4, 0.02,
        new(("Cayenne", 63), ("Saint-Laurent-du-Maroni", 48), ("Matoury", 33), ("Rémire-Montjoly", 26),
            ("Kourou", 25), ("Macouria", 17)),
        Mix(civilServant: 0.40, permanent: 0.25, fixedTerm: 0.16, selfEmployed: 0.11, unemployed: 0.08),
        new(("Guyane", 0.62), ("French Guiana", 0.14), ("Guyane française", 0.08), ("GF", 0.08), ("973", 0.08)));

    public static readonly ImmutableArray<TerritoryProfile> All = [Guadeloupe, Martinique, FrenchGuiana];

    public static readonly Weighted<TerritoryProfile> Draw = new([.. All.Select(t => (t, t.Weight))]);

    private static Weighted<string> Mix(double civilServant, double permanent, double fixedTerm, double selfEmployed, double unemployed) =>
        new((DemoWorld.Employment.CivilServant, civilServant), (DemoWorld.Employment.Permanent, permanent),
            (DemoWorld.Employment.FixedTerm, fixedTerm), (DemoWorld.Employment.SelfEmployed, selfEmployed),
            (DemoWorld.Employment.Unemployed, unemployed));
}
