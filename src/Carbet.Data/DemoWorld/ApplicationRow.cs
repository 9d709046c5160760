using System.Globalization;

namespace Carbet.Data.DemoWorld;

/// <summary>Formats an application as the text fields of <c>applications.csv</c>, in <see cref="DemoWorldColumns.Schema"/> order.</summary>
internal static class ApplicationRow
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>All columns; a batch file takes the first <see cref="DemoWorldColumns.BatchColumns"/> of them.</summary>
    public static string?[] Fields(CreditApplication a) =>
    [
        a.ApplicationId,
        Date(a.ApplicationDate),
        a.Territory,
        a.Commune,
        Number(a.Age),
        a.Sex,
        a.EmploymentType,
        a.Occupation,
        a.EmploymentYears is { } years ? Number(years) : null,
        Number(a.MonthlyIncome),
        Number(a.MonthlyDebts),
        Number(a.LoanAmount),
        Number(a.LoanDurationMonths),
        a.Purpose,
        a.Housing,
        Number(a.Dependents),
        Number(a.PastDelinquencies),
        Number(a.CreditHistoryYears),
        a.FaxNumber,
        a.CollectionStatus,
        Flag(a.Default12Months),
    ];

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Flag(bool value) => value ? "1" : "0";

    // at most two decimals: euros and cents, tenths of years; never an exponent
    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
