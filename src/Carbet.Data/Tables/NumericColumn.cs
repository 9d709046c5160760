using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Data.Tables;

/// <summary>Numbers (kinds Integer, Number, and Boolean as 0/1); NaN marks a missing value.</summary>
public sealed class NumericColumn : DataColumn
{
    private readonly double[] _values;

    /// <summary>Creates the column; the array is owned by the column from then on.</summary>
    public NumericColumn(string name, ColumnKind kind, double[] values, ImmutableSortedDictionary<string, int>? missingTokens = null)
        : base(name, kind, missingTokens)
    {
        if (kind is not (ColumnKind.Integer or ColumnKind.Number or ColumnKind.Boolean))
            throw new ArgumentException($"A numeric column cannot have kind {kind}.", nameof(kind));
        _values = values;
    }

    /// <summary>The values; NaN where missing.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <inheritdoc/>
    public override int Length => _values.Length;

    /// <summary>The value of a row; NaN when missing.</summary>
    public double this[int row] => _values[row];

    /// <inheritdoc/>
    public override bool IsMissing(int row) => double.IsNaN(_values[row]);

    /// <inheritdoc/>
    public override string? Format(int row) => double.IsNaN(_values[row]) ? null : _values[row].ToString("R", CultureInfo.InvariantCulture);
}
