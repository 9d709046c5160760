namespace Carbet.Data.DemoWorld;

/// <summary>The problems real application data has, injected at the rates docs/demo-world.md documents.</summary>
internal static class DataProblems
{
    /// <summary>Share of applications resubmitted once, as an exact duplicate row.</summary>
    public const double Resubmitted = 0.015;

    public const double EmploymentYearsBlankSelfEmployed = 0.12;
    public const double EmploymentYearsBlankOthers = 0.04;
    public const double CommuneBlank = 0.015;
    public const double HousingBlank = 0.02;
    public const double HousingNotApplicable = 0.006;
    public const double HousingUnknown = 0.004;

    /// <summary>Share of incomes typed as annual (×12).</summary>
    public const double IncomeAnnual = 0.0025;

    /// <summary>Share of incomes typed in thousands of euros (÷1,000).</summary>
    public const double IncomeThousands = 0.0025;

    public const string NotApplicable = "N/A";
    public const string Unknown = "?";

    /// <summary>The row as the branch typed it. Draws a fixed number of uniforms per row, so changing one rate
    /// moves no other problem.</summary>
    public static CreditApplication Apply(Random random, Applicant a, string id, double nominalIncome, bool defaulted, string collectionStatus)
    {
        var territory = a.Territory.Spellings.Pick(random);
        var commune = random.Chance(CommuneBlank) ? null : a.Commune;
        var yearsBlank = a.Employment == Employment.SelfEmployed ? EmploymentYearsBlankSelfEmployed : EmploymentYearsBlankOthers;
        double? years = random.Chance(yearsBlank) ? null : a.EmploymentYears;
        var housingDraw = random.NextDouble();
        var housing = housingDraw switch
        {
            < HousingBlank => null,
            < HousingBlank + HousingNotApplicable => NotApplicable,
            < HousingBlank + HousingNotApplicable + HousingUnknown => Unknown,
            _ => a.Housing,
        };
        var incomeDraw = random.NextDouble();
        var income = incomeDraw switch
        {
            < IncomeAnnual => nominalIncome * 12,
            < IncomeAnnual + IncomeThousands => Math.Round(nominalIncome / 1000, 2, MidpointRounding.AwayFromZero),
            _ => nominalIncome,
        };
        return new CreditApplication(id, a.Date, territory, commune, a.Age, a.Woman ? "F" : "M", a.Employment,
            a.Occupation.Name, years, income, a.MonthlyDebts, a.LoanAmount, a.DurationMonths, a.Purpose, housing,
            a.Dependents, a.PastDelinquencies, a.CreditHistoryYears, FaxNumber: null, collectionStatus, defaulted);
    }

    /// <summary>Inserts an exact copy of about <see cref="Resubmitted"/> of the rows right after their original.</summary>
    public static List<CreditApplication> Resubmit(Random random, IReadOnlyList<CreditApplication> rows)
    {
        var result = new List<CreditApplication>(rows.Count + (rows.Count / 50));
        foreach (var row in rows)
        {
            result.Add(row);
            if (random.Chance(Resubmitted))
                result.Add(row with { });
        }
        return result;
    }
}
