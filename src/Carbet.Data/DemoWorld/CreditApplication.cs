namespace Carbet.Data.DemoWorld;

/// <summary>One row of <c>applications.csv</c>, typed, with the data problems left in (docs/demo-world.md).</summary>
/// <param name="ApplicationId"><c>application_id</c>: "A" and 8 digits; a resubmitted duplicate repeats it.</param>
/// <param name="ApplicationDate"><c>application_date</c>.</param>
/// <param name="Territory"><c>territory</c>, as typed by the branch: "Guadeloupe", "GPE", "972", "French Guiana"...</param>
/// <param name="Commune"><c>commune</c>; null where blank.</param>
/// <param name="Age"><c>age</c>, sensitive.</param>
/// <param name="Sex"><c>sex</c>, "F" or "M", sensitive.</param>
/// <param name="EmploymentType"><c>employment_type</c>.</param>
/// <param name="Occupation"><c>occupation</c>, the proxy of sex.</param>
/// <param name="EmploymentYears"><c>employment_years</c> in the current job; null where blank.</param>
/// <param name="MonthlyIncome"><c>monthly_income</c> in euros, nominal; a few are annual or in thousands.</param>
/// <param name="MonthlyDebts"><c>monthly_debts</c>: existing repayments in euros a month.</param>
/// <param name="LoanAmount"><c>loan_amount</c> in euros.</param>
/// <param name="LoanDurationMonths"><c>loan_duration_months</c>.</param>
/// <param name="Purpose"><c>purpose</c>.</param>
/// <param name="Housing"><c>housing</c>; null where blank, sometimes "N/A" or "?".</param>
/// <param name="Dependents"><c>dependents</c>.</param>
/// <param name="PastDelinquencies"><c>past_delinquencies</c>.</param>
/// <param name="CreditHistoryYears"><c>credit_history_years</c>.</param>
/// <param name="FaxNumber"><c>fax_number</c>: the empty column, always null.</param>
/// <param name="CollectionStatus"><c>collection_status</c>: the leakage column, written after the outcome.</param>
/// <param name="Default12Months"><c>default_12m</c>: the target.</param>
public sealed record CreditApplication(
    string ApplicationId,
    DateOnly ApplicationDate,
    string Territory,
    string? Commune,
    int Age,
    string Sex,
    string EmploymentType,
    string Occupation,
    double? EmploymentYears,
    double MonthlyIncome,
    double MonthlyDebts,
    double LoanAmount,
    int LoanDurationMonths,
    string Purpose,
    string? Housing,
    int Dependents,
    int PastDelinquencies,
    int CreditHistoryYears,
    string? FaxNumber,
    string CollectionStatus,
    bool Default12Months);
