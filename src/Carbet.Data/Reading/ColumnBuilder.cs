using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Reading;

/// <summary>Fills the typed array of one column, row by row, from trimmed raw values.</summary>
/// <remarks>A value that does not parse under the kind is stored as missing and counted as invalid; with inferred kinds
/// this cannot happen, with overridden kinds it is how a bad value is reported instead of crashing the load.</remarks>
internal sealed class ColumnBuilder
{
    private const int LinesKept = 5;
    private readonly double[]? _numbers;
    private readonly long[]? _ticks;
    private readonly int[]? _codes;
    private readonly Dictionary<string, int> _lookup = new(StringComparer.Ordinal);
    private readonly ImmutableArray<string>.Builder _dictionary = ImmutableArray.CreateBuilder<string>();
    private readonly SortedDictionary<string, int> _missing = new(StringComparer.Ordinal);
    private readonly bool _decimalComma;
    private bool _hasTime;

    public ColumnBuilder(string name, ColumnKind kind, int rows, bool decimalComma)
    {
        (Name, Kind, _decimalComma) = (name, kind, decimalComma);
        if (kind is ColumnKind.Integer or ColumnKind.Number or ColumnKind.Boolean)
            _numbers = new double[rows];
        else if (kind is ColumnKind.DateTime)
            _ticks = new long[rows];
        else
            _codes = new int[rows];
    }

    public string Name { get; }
    public ColumnKind Kind { get; }
    public long Invalid { get; private set; }
    public List<long> InvalidLines { get; } = [];

    public void AddMissing(int row, string token)
    {
        _missing[token] = _missing.GetValueOrDefault(token) + 1;
        SetMissing(row);
    }

    public void Add(int row, string value, long line)
    {
        var ok = true;
        if (_numbers is not null)
        {
            ok = Kind switch
            {
                ColumnKind.Integer => ValueParser.TryIntegral(value, _decimalComma, out _numbers[row]),
                ColumnKind.Number => ValueParser.TryNumber(value, _decimalComma, out _numbers[row]),
                _ => ValueParser.TryBoolean(value, out var b) && Set(_numbers, row, b ? 1 : 0),
            };
        }
        else if (_ticks is not null)
        {
            ok = ValueParser.TryDateTime(value, out _ticks[row], out var hasTime);
            _hasTime |= ok && hasTime;
        }
        else
            _codes![row] = Code(value);
        if (ok)
            return;
        SetMissing(row);
        Invalid++;
        if (InvalidLines.Count < LinesKept)
            InvalidLines.Add(line);
    }

    public DataColumn Build()
    {
        var missing = _missing.ToImmutableSortedDictionary(StringComparer.Ordinal);
        if (_numbers is not null)
            return new NumericColumn(Name, Kind, _numbers, missing);
        if (_ticks is not null)
            return new DateTimeColumn(Name, _ticks, _hasTime, missing);
        return new TextColumn(Name, Kind, _codes!, _dictionary.ToImmutable(), missing);
    }

    private int Code(string value)
    {
        if (!_lookup.TryGetValue(value, out var code))
        {
            code = _dictionary.Count;
            _lookup.Add(value, code);
            _dictionary.Add(value);
        }
        return code;
    }

    private void SetMissing(int row)
    {
        if (_numbers is not null)
            _numbers[row] = double.NaN;
        else if (_ticks is not null)
            _ticks[row] = DateTimeColumn.Missing;
        else
            _codes![row] = -1;
    }

    private static bool Set(double[] values, int row, double value)
    {
        values[row] = value;
        return true;
    }
}
