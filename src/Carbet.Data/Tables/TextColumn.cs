using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Data.Tables;

/// <summary>Labels and text (kinds Category, Text, Identifier), dictionary-encoded: each row holds a code into
/// <see cref="Dictionary"/>, or -1 when missing.</summary>
public sealed class TextColumn : DataColumn
{
    private readonly int[] _codes;

    /// <summary>Creates the column; the arrays are owned by the column from then on.</summary>
    public TextColumn(string name, ColumnKind kind, int[] codes, ImmutableArray<string> dictionary, ImmutableSortedDictionary<string, int>? missingTokens = null)
        : base(name, kind, missingTokens)
    {
        if (kind is not (ColumnKind.Category or ColumnKind.Text or ColumnKind.Identifier))
            throw new ArgumentException($"A text column cannot have kind {kind}.", nameof(kind));
        _codes = codes;
        Dictionary = dictionary;
    }

    /// <summary>Builds a column from values (null = missing), numbering distinct values in order of first appearance.</summary>
    public static TextColumn FromValues(string name, ColumnKind kind, IEnumerable<string?> values, ImmutableSortedDictionary<string, int>? missingTokens = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        var dictionary = ImmutableArray.CreateBuilder<string>();
        var codes = new List<int>();
        foreach (var value in values)
        {
            if (value is null)
            {
                codes.Add(-1);
                continue;
            }
            if (!lookup.TryGetValue(value, out var code))
            {
                code = dictionary.Count;
                lookup.Add(value, code);
                dictionary.Add(value);
            }
            codes.Add(code);
        }
        return new TextColumn(name, kind, [.. codes], dictionary.ToImmutable(), missingTokens);
    }

    /// <summary>The distinct values, in order of first appearance.</summary>
    public ImmutableArray<string> Dictionary { get; }

    /// <summary>The code of each row; -1 where missing.</summary>
    public ReadOnlySpan<int> Codes => _codes;

    /// <inheritdoc/>
    public override int Length => _codes.Length;

    /// <summary>The value of a row, or null when missing.</summary>
    public string? this[int row] => _codes[row] < 0 ? null : Dictionary[_codes[row]];

    /// <inheritdoc/>
    public override bool IsMissing(int row) => _codes[row] < 0;

    /// <inheritdoc/>
    public override string? Format(int row) => this[row];
}
