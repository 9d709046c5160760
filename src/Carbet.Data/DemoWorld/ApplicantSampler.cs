namespace Carbet.Data.DemoWorld;

/// <summary>Draws one applicant and the loan asked for, following the causal order of docs/demo-world.md.</summary>
internal static class ApplicantSampler
{
    private static readonly Weighted<int> YoungDependents = new((0, 0.70), (1, 0.20), (2, 0.10));
    private static readonly Weighted<int> AdultDependents = new((0, 0.30), (1, 0.25), (2, 0.25), (3, 0.12), (4, 0.05), (5, 0.03));
    private static readonly Weighted<int> SeniorDependents = new((0, 0.75), (1, 0.18), (2, 0.07));
    private static readonly Weighted<string> YoungNonOwner = new((Housing.Family, 0.50), (Housing.Tenant, 0.35), (Housing.Social, 0.15));
    private static readonly Weighted<string> NonOwner = new((Housing.Tenant, 0.55), (Housing.Social, 0.35), (Housing.Family, 0.10));

    public static Applicant Draw(Random random, DateOnly date, bool newPurposeOffered)
    {
        var territory = Territories.Draw.Pick(random);
        var commune = territory.Communes.Pick(random);
        var woman = random.Chance(0.52);
        var age = (int)(random.Chance(territory.SeniorShare)
            ? random.Triangular(60, 60, territory.MaxAge + 1)
            : random.Triangular(18, 36, 60));
        var employment = random.Chance(Employment.RetiredShare(age)) ? Employment.Retired : territory.Employment.Pick(random);
        var occupation = Occupations.Draw(random, employment, woman);
        var tenure = Employment.Tenure(random, employment, age);
        var fragility = random.Normal();

        var logIncome = Math.Log(territory.MedianIncome) + Employment.IncomeEffect(employment) + occupation.IncomeEffect
            + (0.012 * (Math.Min(age, 55) - 40)) + (woman ? -0.06 : 0.04) + (territory.IncomeSigma * random.Normal());
        var income = Math.Round(Math.Clamp(Math.Exp(logIncome), 400, 15_000));

        var housing = random.Chance(Math.Clamp(territory.OwnerShare + (0.012 * (age - territory.MeanAge)), 0.03, 0.92))
            ? Housing.Owner
            : (age < 30 ? YoungNonOwner : NonOwner).Pick(random);
        var dependents = (age < 25 ? YoungDependents : age < 55 ? AdultDependents : SeniorDependents).Pick(random);
        var delinquencies = Math.Min(8, random.Poisson(Math.Exp(-1.5 + (0.8 * fragility)
            + (employment == Employment.Unemployed ? 0.5 : 0) + (age < 30 ? 0.3 : 0))));
        var history = (int)((age - 18) * Math.Pow(random.NextDouble(), 0.7));
        var debts = MonthlyDebts(random, income, housing, age, fragility);
        var (purpose, amount, duration) = Loans.Draw(random, income, newPurposeOffered);

        return new Applicant
        {
            Territory = territory,
            Commune = commune,
            Date = date,
            Age = age,
            Woman = woman,
            Employment = employment,
            Occupation = occupation,
            EmploymentYears = tenure,
            RealIncome = income,
            MonthlyDebts = debts,
            Housing = housing,
            Dependents = dependents,
            PastDelinquencies = delinquencies,
            CreditHistoryYears = history,
            Fragility = fragility,
            Purpose = purpose,
            LoanAmount = amount,
            DurationMonths = duration,
        };
    }

    // existing commitments: a third have none; fragile applicants carry more; young owners still pay a mortgage
    private static double MonthlyDebts(Random random, double income, string housing, int age, double fragility)
    {
        var share = random.Chance(0.35) ? 0 : Math.Clamp(0.05 + (0.25 * Math.Pow(random.NextDouble(), 1.5)) + (0.04 * fragility), 0.01, 0.6);
        if (housing == Housing.Owner && age < 55 && random.Chance(0.5))
            share += 0.20;
        return Math.Round(income * share / 10, MidpointRounding.AwayFromZero) * 10;
    }
}
