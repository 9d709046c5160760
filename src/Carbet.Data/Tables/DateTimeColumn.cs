using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Data.Tables;

/// <summary>Dates and timestamps (kind DateTime), as UTC ticks; <see cref="Missing"/> marks a missing value.</summary>
public sealed class DateTimeColumn : DataColumn
{
    /// <summary>The tick value that marks a missing row.</summary>
    public const long Missing = long.MinValue;

    private readonly long[] _ticks;

    /// <summary>Creates the column; the array is owned by the column from then on.</summary>
    /// <param name="hasTime">Whether any value carries a time of day (else values are written as dates).</param>
    public DateTimeColumn(string name, long[] ticks, bool hasTime, ImmutableSortedDictionary<string, int>? missingTokens = null)
        : base(name, ColumnKind.DateTime, missingTokens)
    {
        _ticks = ticks;
        HasTime = hasTime;
    }

    /// <summary>Whether values carry a time of day.</summary>
    public bool HasTime { get; }

    /// <summary>The ticks of each row; <see cref="Missing"/> where missing.</summary>
    public ReadOnlySpan<long> Ticks => _ticks;

    /// <inheritdoc/>
    public override int Length => _ticks.Length;

    /// <summary>The value of a row, or null when missing.</summary>
    public DateTime? this[int row] => _ticks[row] == Missing ? null : new DateTime(_ticks[row], DateTimeKind.Utc);

    /// <inheritdoc/>
    public override bool IsMissing(int row) => _ticks[row] == Missing;

    /// <inheritdoc/>
    public override string? Format(int row) => this[row] is not { } value ? null
        : value.ToString(HasTime ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
