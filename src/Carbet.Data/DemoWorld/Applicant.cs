namespace Carbet.Data.DemoWorld;

/// <summary>One application as the world made it, before the data problems: the truth the default is drawn from.</summary>
internal sealed class Applicant
{
    public required TerritoryProfile Territory { get; init; }
    public required string Commune { get; init; }
    public required DateOnly Date { get; init; }
    public required int Age { get; init; }
    public required bool Woman { get; init; }
    public required string Employment { get; init; }
    public required Occupation Occupation { get; init; }
    public required double EmploymentYears { get; init; }

    /// <summary>Monthly income in euros of the first month; the file shows it times the price index.</summary>
    public required double RealIncome { get; init; }

    public required double MonthlyDebts { get; init; }
    public required string Housing { get; init; }
    public required int Dependents { get; init; }
    public required int PastDelinquencies { get; init; }
    public required int CreditHistoryYears { get; init; }

    /// <summary>Unobserved financial fragility, N(0, 1): drives delinquencies, debts and default, and caps what a model can learn.</summary>
    public required double Fragility { get; init; }

    public required string Purpose { get; init; }
    public required double LoanAmount { get; init; }
    public required int DurationMonths { get; init; }
}
