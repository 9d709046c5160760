using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Data.DemoWorld;

/// <summary>The columns of the demo world's <c>applications.csv</c>, and the roles the rest of Carbet gives them.</summary>
public static class DemoWorldColumns
{
    /// <summary>The identifier: carries no signal.</summary>
    public const string Id = "application_id";

    /// <summary>The date of the application: orders the rows in time.</summary>
    public const string Time = "application_date";

    /// <summary>Whether the loan defaulted within 12 months (0 or 1).</summary>
    public const string Target = "default_12m";

    /// <summary>Written by the collections team after the outcome: it leaks the target.</summary>
    public const string Leakage = "collection_status";

    /// <summary>A legacy form field nobody fills: blank in every row.</summary>
    public const string Empty = "fax_number";

    /// <summary>Segregated by sex (Cramér's V above 0.5), so a model using it can discriminate by sex without seeing it.</summary>
    public const string Proxy = "occupation";

    /// <summary>The protected attributes a fairness audit groups by.</summary>
    public static ImmutableArray<string> Sensitive { get; } = ["sex", "age"];

    /// <summary>Numeric model inputs (not the id, time, target, leakage, empty or sensitive columns).</summary>
    public static ImmutableArray<string> NumericFeatures { get; } =
    [
        "employment_years", "monthly_income", "monthly_debts", "loan_amount", "loan_duration_months",
        "dependents", "past_delinquencies", "credit_history_years",
    ];

    /// <summary>Categorical model inputs (not the id, time, target, leakage, empty or sensitive columns); includes the proxy.</summary>
    public static ImmutableArray<string> CategoricalFeatures { get; } =
        ["territory", "commune", "employment_type", Proxy, "purpose", "housing"];

    /// <summary>Every column of <c>applications.csv</c>, in file order, with its kind and whether it has blanks.</summary>
    public static TableSchema Schema { get; } = new TableSchema(
    [
        new(Id, ColumnKind.Identifier, Nullable: false),
        new(Time, ColumnKind.DateTime, Nullable: false),
        new("territory", ColumnKind.Category, Nullable: false),
        new("commune", ColumnKind.Category),
        new("age", ColumnKind.Integer, Nullable: false),
        new("sex", ColumnKind.Category, Nullable: false),
        new("employment_type", ColumnKind.Category, Nullable: false),
        new(Proxy, ColumnKind.Category, Nullable: false),
        new("employment_years", ColumnKind.Number),
        new("monthly_income", ColumnKind.Number, Nullable: false),
        new("monthly_debts", ColumnKind.Number, Nullable: false),
        new("loan_amount", ColumnKind.Number, Nullable: false),
        new("loan_duration_months", ColumnKind.Integer, Nullable: false),
        new("purpose", ColumnKind.Category, Nullable: false),
        new("housing", ColumnKind.Category),
        new("dependents", ColumnKind.Integer, Nullable: false),
        new("past_delinquencies", ColumnKind.Integer, Nullable: false),
        new("credit_history_years", ColumnKind.Integer, Nullable: false),
        new(Empty, ColumnKind.Text),
        new(Leakage, ColumnKind.Category, Nullable: false),
        new(Target, ColumnKind.Boolean, Nullable: false),
    ]);

    /// <summary>The columns of a monthly batch: what production sees, without the leakage column and the target
    /// (the last two columns of <see cref="Schema"/>).</summary>
    internal static ImmutableArray<string> BatchColumns { get; } = [.. Schema.Columns.SkipLast(2).Select(c => c.Name)];
}
