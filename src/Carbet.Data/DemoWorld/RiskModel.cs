namespace Carbet.Data.DemoWorld;

/// <summary>The default log-odds of an application: the structural equation docs/demo-world.md documents.</summary>
internal static class RiskModel
{
    /// <summary>Calibrated so that about 10% of applications default within 12 months.</summary>
    public const double Intercept = -3.75;

    public static double Logit(Applicant a, int month, DemoWorldDrift drift)
    {
        // debt-to-income after the new loan, on real income: inflation moves nominal figures, not risk
        var dti = (a.MonthlyDebts + Loans.Instalment(a.LoanAmount, a.DurationMonths)) / a.RealIncome;
        var lti = a.LoanAmount / (12 * a.RealIncome);
        var exposed = a.Occupation.HurricaneExposed || a.Employment == Employment.SelfEmployed;
        return Intercept
            + (2.2 * Math.Min(dti, 1.5))
            + (0.6 * Math.Min(lti, 3))
            + (0.45 * Math.Min(a.PastDelinquencies, 5))
            + Employment.RiskEffect(a.Employment)
            - (0.035 * Math.Min(a.EmploymentYears, 15))
            + AgeEffect(a.Age)
            + a.Territory.RiskEffect
            + (a.Commune == "Saint-Laurent-du-Maroni" ? 0.2 : 0)
            + Housing.RiskEffect(a.Housing)
            + (0.07 * a.Dependents)
            - (0.025 * Math.Min(a.CreditHistoryYears, 15))
            + a.Occupation.RiskEffect
            + Loans.RiskEffect(a.Purpose)
            + (0.9 * a.Fragility)
            + drift.HurricaneLogOdds(month, a.Territory, exposed);
    }

    private static double AgeEffect(int age) => age switch
    {
        < 25 => 0.5,
        < 30 => 0.25,
        >= 70 => 0.25,
        _ => 0,
    };
}
