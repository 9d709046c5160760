using Carbet.Core;

namespace Carbet.Data.Reading;

/// <summary>Streaming counters over the non-missing values of one column, enough to choose its kind.</summary>
/// <remarks>Distinct values are kept only while the column could still be text, or numeric with few values, or
/// named like an identifier; so a numeric column never holds its values as strings.</remarks>
internal sealed class ColumnProfile(string name, bool decimalComma)
{
    private const int NumericDistinctLimit = 64;
    private readonly bool _idName = SchemaInference.LooksLikeIdentifierName(name);
    private HashSet<string>? _distinct = new(StringComparer.Ordinal);

    public string Name { get; } = name;
    public long Count { get; private set; }
    public bool AllInteger { get; private set; } = true;
    public bool AllNumber { get; private set; } = true;
    public bool AllDate { get; private set; } = true;
    public bool AnyTime { get; private set; }
    public bool AnyWhitespace { get; private set; }
    public bool AnyRepeat { get; private set; }

    /// <summary>The distinct values, or null once too many numeric or date values were seen to keep them.</summary>
    public IReadOnlySet<string>? Distinct => _distinct;

    public void Observe(string value, long count = 1)
    {
        Count += count;
        if (AllInteger && !ValueParser.TryInteger(value, out _))
            AllInteger = false;
        if (AllNumber && !ValueParser.TryNumber(value, decimalComma, out _))
            AllNumber = false;
        if (AllDate)
        {
            if (ValueParser.TryDateTime(value, out _, out var hasTime))
                AnyTime |= hasTime;
            else
                AllDate = false;
        }
        if (!AnyWhitespace && value.AsSpan().ContainsAny(' ', '\t'))
            AnyWhitespace = true;
        if (_distinct is null)
        {
            AnyRepeat = true;
            return;
        }
        if (!_distinct.Add(value) || count > 1)
            AnyRepeat = true;
        if ((AllNumber || AllDate) && !_idName && _distinct.Count > NumericDistinctLimit)
            _distinct = null;
    }

    public ColumnKind Decide() => SchemaInference.Decide(this, _idName);
}
