using Parquet;
using Parquet.Schema;

namespace Carbet.Data.DemoWorld;

/// <summary>Writes <c>applications.parquet</c>, one row group per month, so a month is never held twice.</summary>
internal sealed class ApplicationsParquetWriter : IAsyncDisposable
{
    private static readonly DataField<string> Id = new(DemoWorldColumns.Id, false);
    private static readonly DataField<DateOnly> Date = new(DemoWorldColumns.Time);
    private static readonly DataField<string> Territory = new("territory", false);
    private static readonly DataField<string> Commune = new("commune", true);
    private static readonly DataField<int> Age = new("age");
    private static readonly DataField<string> Sex = new("sex", false);
    private static readonly DataField<string> EmploymentType = new("employment_type", false);
    private static readonly DataField<string> Occupation = new(DemoWorldColumns.Proxy, false);
    private static readonly DataField<double?> EmploymentYears = new("employment_years");
    private static readonly DataField<double> MonthlyIncome = new("monthly_income");
    private static readonly DataField<double> MonthlyDebts = new("monthly_debts");
    private static readonly DataField<double> LoanAmount = new("loan_amount");
    private static readonly DataField<int> LoanDuration = new("loan_duration_months");
    private static readonly DataField<string> Purpose = new("purpose", false);
    private static readonly DataField<string> Housing = new("housing", true);
    private static readonly DataField<int> Dependents = new("dependents");
    private static readonly DataField<int> PastDelinquencies = new("past_delinquencies");
    private static readonly DataField<int> CreditHistory = new("credit_history_years");
    private static readonly DataField<string> Fax = new(DemoWorldColumns.Empty, true);
    private static readonly DataField<string> CollectionStatus = new(DemoWorldColumns.Leakage, false);
    private static readonly DataField<bool> Default = new(DemoWorldColumns.Target);

    /// <summary>The Parquet schema, in <see cref="DemoWorldColumns.Schema"/> order.</summary>
    public static readonly ParquetSchema Schema = new(
        Id, Date, Territory, Commune, Age, Sex, EmploymentType, Occupation, EmploymentYears, MonthlyIncome, MonthlyDebts,
        LoanAmount, LoanDuration, Purpose, Housing, Dependents, PastDelinquencies, CreditHistory, Fax, CollectionStatus, Default);

    private readonly ParquetWriter _writer;

    private ApplicationsParquetWriter(ParquetWriter writer) => _writer = writer;

    public long Rows { get; private set; }

    public static async Task<ApplicationsParquetWriter> CreateAsync(Stream output, CancellationToken ct) =>
        new(await ParquetWriter.CreateAsync(Schema, output, null, false, ct));

    public async Task WriteMonthAsync(IReadOnlyList<CreditApplication> rows, CancellationToken ct)
    {
        using var group = _writer.CreateRowGroup();
        await WriteAsync(group, Id, rows, a => a.ApplicationId);
        await group.WriteAsync<DateOnly>(Date, Column(rows, a => a.ApplicationDate), null, null, ct);
        await WriteAsync(group, Territory, rows, a => a.Territory);
        await WriteAsync(group, Commune, rows, a => a.Commune);
        await group.WriteAsync<int>(Age, Column(rows, a => a.Age), null, null, ct);
        await WriteAsync(group, Sex, rows, a => a.Sex);
        await WriteAsync(group, EmploymentType, rows, a => a.EmploymentType);
        await WriteAsync(group, Occupation, rows, a => a.Occupation);
        await group.WriteAsync<double>(EmploymentYears, Column(rows, a => a.EmploymentYears), null, null, ct);
        await group.WriteAsync<double>(MonthlyIncome, Column(rows, a => a.MonthlyIncome), null, null, ct);
        await group.WriteAsync<double>(MonthlyDebts, Column(rows, a => a.MonthlyDebts), null, null, ct);
        await group.WriteAsync<double>(LoanAmount, Column(rows, a => a.LoanAmount), null, null, ct);
        await group.WriteAsync<int>(LoanDuration, Column(rows, a => a.LoanDurationMonths), null, null, ct);
        await WriteAsync(group, Purpose, rows, a => a.Purpose);
        await WriteAsync(group, Housing, rows, a => a.Housing);
        await group.WriteAsync<int>(Dependents, Column(rows, a => a.Dependents), null, null, ct);
        await group.WriteAsync<int>(PastDelinquencies, Column(rows, a => a.PastDelinquencies), null, null, ct);
        await group.WriteAsync<int>(CreditHistory, Column(rows, a => a.CreditHistoryYears), null, null, ct);
        await WriteAsync(group, Fax, rows, a => a.FaxNumber);
        await WriteAsync(group, CollectionStatus, rows, a => a.CollectionStatus);
        await group.WriteAsync<bool>(Default, Column(rows, a => a.Default12Months), null, null, ct);
        group.CompleteValidate();
        Rows += rows.Count;
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private static T[] Column<T>(IReadOnlyList<CreditApplication> rows, Func<CreditApplication, T> value)
    {
        var column = new T[rows.Count];
        for (var i = 0; i < column.Length; i++)
            column[i] = value(rows[i]);
        return column;
    }

    // Parquet.Net's string overload takes null entries as missing values despite its non-nullable signature
    private static Task WriteAsync(ParquetRowGroupWriter group, DataField field, IReadOnlyList<CreditApplication> rows, Func<CreditApplication, string?> value) =>
        group.WriteAsync(field, Column(rows, value)!, null);
}
