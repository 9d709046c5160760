using Carbet.Core;

namespace Carbet.Data.Reading;

/// <summary>Chooses a column's kind from its non-missing raw values (trimmed, missing markers already removed).</summary>
/// <remarks>The rules, first match wins:
/// <list type="number">
/// <item>No values: <see cref="ColumnKind.Text"/>.</item>
/// <item>Exactly two distinct values forming a pair <c>true/false</c>, <c>yes/no</c>, <c>y/n</c>, <c>t/f</c> or <c>0/1</c>
/// (case-insensitive): <see cref="ColumnKind.Boolean"/>.</item>
/// <item>All integers (optional sign, no point, |n| &lt; 2^53): <see cref="ColumnKind.Identifier"/> when the name looks like an
/// identifier and no value repeats, else <see cref="ColumnKind.Integer"/>.</item>
/// <item>All numbers (decimal point, or decimal comma when the file uses one; exponents allowed):
/// <see cref="ColumnKind.Number"/>.</item>
/// <item>All dates: ISO <c>yyyy-MM-dd</c> with an optional <c>T</c> or space time (seconds, fractions, zone),
/// <c>yyyy/MM/dd</c>, or <c>dd/MM/yyyy</c> with optional time: <see cref="ColumnKind.DateTime"/>.</item>
/// <item>Text with at least 95 % distinct values, and either a name that looks like an identifier or at least 20 values
/// none of which holds a space: <see cref="ColumnKind.Identifier"/>.</item>
/// <item>At most 50 distinct values, or at most 5 % distinct: <see cref="ColumnKind.Category"/>.</item>
/// <item>Otherwise <see cref="ColumnKind.Text"/>.</item>
/// </list>
/// A name looks like an identifier when its last word (split at <c>_</c>, spaces, punctuation and lower-to-upper case
/// changes) is <c>id</c>, <c>key</c>, <c>uuid</c>, <c>guid</c> or <c>number</c>: <c>customerID</c>, <c>PassengerId</c>, <c>c_case_number</c>.</remarks>
public static class SchemaInference
{
    private const int MaxCategories = 50;
    private static readonly HashSet<string> IdentifierWords = new(StringComparer.OrdinalIgnoreCase) { "id", "key", "uuid", "guid", "number" };
    private static readonly (string, string)[] BooleanPairs = [("TRUE", "FALSE"), ("YES", "NO"), ("Y", "N"), ("T", "F"), ("1", "0")];

    /// <summary>The kind of a column from its non-missing values.</summary>
    /// <param name="name">The column name (identifier names change the rules above).</param>
    /// <param name="values">The non-missing values, trimmed.</param>
    /// <param name="decimalComma">Whether numbers use a decimal comma.</param>
    public static ColumnKind Infer(string name, IEnumerable<string> values, bool decimalComma = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        var profile = new ColumnProfile(name, decimalComma);
        foreach (var value in values)
            profile.Observe(value);
        return profile.Decide();
    }

    /// <summary>Whether a column name reads like a row key (<c>id</c>, <c>customerID</c>, <c>case_number</c>).</summary>
    public static bool LooksLikeIdentifierName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var last = "";
        var word = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                word = i + 1;
                continue;
            }
            if (i > word && char.IsUpper(c) && char.IsLower(name[i - 1]))
                word = i;
            var end = i + 1;
            while (end < name.Length && char.IsLetterOrDigit(name[end]) && !(char.IsUpper(name[end]) && char.IsLower(name[end - 1])))
                end++;
            last = name[word..end];
            i = end - 1;
            word = end;
        }
        return IdentifierWords.Contains(last);
    }

    internal static ColumnKind Decide(ColumnProfile p, bool idName)
    {
        if (p.Count == 0)
            return ColumnKind.Text;
        var distinct = p.Distinct;
        if (distinct is { Count: <= 8 } && IsBooleanPair(distinct))
            return ColumnKind.Boolean;
        if (p.AllInteger)
            return idName && !p.AnyRepeat ? ColumnKind.Identifier : ColumnKind.Integer;
        if (p.AllNumber)
            return ColumnKind.Number;
        if (p.AllDate)
            return ColumnKind.DateTime;
        if (distinct is null)
            return ColumnKind.Text;
        var ratio = (double)distinct.Count / p.Count;
        if (ratio >= 0.95 && (idName || (p.Count >= 20 && !p.AnyWhitespace)))
            return ColumnKind.Identifier;
        return distinct.Count <= MaxCategories || ratio <= 0.05 ? ColumnKind.Category : ColumnKind.Text;
    }

    private static bool IsBooleanPair(IReadOnlySet<string> distinct)
    {
        var values = distinct.Select(v => v.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (values.Length != 2)
            return false;
        return BooleanPairs.Any(p => string.CompareOrdinal(p.Item1, p.Item2) < 0
            ? values[0] == p.Item1 && values[1] == p.Item2
            : values[0] == p.Item2 && values[1] == p.Item1);
    }
}
