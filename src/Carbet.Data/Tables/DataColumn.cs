using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Data.Tables;

/// <summary>One column of a loaded table: its name, its kind, and its values with missing ones marked.</summary>
/// <remarks>Columns are immutable once built. Row i of every column of a table is the same row.</remarks>
public abstract class DataColumn
{
    private protected DataColumn(string name, ColumnKind kind, ImmutableSortedDictionary<string, int>? missingTokens)
    {
        Name = name;
        Kind = kind;
        MissingTokens = missingTokens ?? ImmutableSortedDictionary<string, int>.Empty;
    }

    /// <summary>The column name, as in the source.</summary>
    public string Name { get; }

    /// <summary>What the column holds.</summary>
    public ColumnKind Kind { get; }

    /// <summary>The number of rows.</summary>
    public abstract int Length { get; }

    /// <summary>How often each missing marker was read in the source (<c>""</c> for blanks, <c>?</c>, <c>NA</c>, ...).</summary>
    public ImmutableSortedDictionary<string, int> MissingTokens { get; }

    /// <summary>Whether the value of a row is missing.</summary>
    public abstract bool IsMissing(int row);

    /// <summary>The value of a row as invariant text (numbers round-trip, dates ISO 8601), or null when missing.</summary>
    public abstract string? Format(int row);

    /// <summary>The number of missing values.</summary>
    public int MissingCount
    {
        get
        {
            var missing = 0;
            for (var i = 0; i < Length; i++)
            {
                if (IsMissing(i))
                    missing++;
            }
            return missing;
        }
    }
}
