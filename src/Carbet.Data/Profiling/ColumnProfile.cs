using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Data.Profiling;

/// <summary>The profile of one column; the kind-specific parts are null for other kinds or when no value is present.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Kind">The column kind.</param>
/// <param name="Count">The number of non-missing values.</param>
/// <param name="Missing">The missing values.</param>
/// <param name="Distinct">The number of distinct non-missing values.</param>
/// <param name="TopValues">The most frequent values: by count descending, then by value ascending.</param>
/// <param name="Numeric">For numeric columns: moments, quantiles and histogram.</param>
/// <param name="Dates">For date columns: the range.</param>
/// <param name="Lengths">For text columns: the value lengths.</param>
public sealed record ColumnProfile(
    string Name,
    ColumnKind Kind,
    long Count,
    MissingSummary Missing,
    long Distinct,
    ImmutableArray<ValueCount> TopValues,
    NumericSummary? Numeric,
    DateRange? Dates,
    LengthRange? Lengths);
