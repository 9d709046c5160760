using System.Globalization;

namespace Carbet.Modeling.Features;

/// <summary>What is done to one input column, and the facts about the training rows that decided it.</summary>
/// <param name="Column">The input column.</param>
/// <param name="Encoding">How it becomes features.</param>
public sealed record ColumnPlan(string Column, ColumnEncoding Encoding)
{
    /// <value>Whether a 0/1 column marking missing values is added; only numbers with missing values get one. The default is false.</value>
    public bool MissingIndicator { get; init; }

    /// <value>How many training rows lack a value. The default is 0.</value>
    public long Missing { get; init; }

    /// <value>The number of distinct values of a category column (a blank counts as one). The default is 0.</value>
    public int Levels { get; init; }

    /// <value>Whether a date column carries times of day, so an hour part is added. The default is false.</value>
    public bool HasTime { get; init; }

    /// <summary>A short description for people and run params, e.g. <c>one-hot (4 levels)</c>.</summary>
    public string Describe()
    {
        var text = Encoding switch
        {
            ColumnEncoding.Number => "number",
            ColumnEncoding.Binned => "quantile bins",
            ColumnEncoding.OneHot => Invariant($"one-hot ({Levels} levels)"),
            ColumnEncoding.TargetEncoded => Invariant($"out-of-fold target encoding ({Levels} levels)"),
            ColumnEncoding.Hashed => Invariant($"hashed one-hot ({Levels} levels)"),
            ColumnEncoding.DateParts => HasTime ? "date parts: year, month, day_of_week, hour" : "date parts: year, month, day_of_week",
            _ => Encoding.ToString(),
        };
        return MissingIndicator ? Invariant($"{text} + missing indicator ({Missing} missing)") : text;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
