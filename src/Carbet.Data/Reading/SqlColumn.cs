using System.Globalization;

using Carbet.Core;

namespace Carbet.Data.Reading;

/// <summary>Collects one result column; its representation follows the values' .NET types.</summary>
/// <remarks>SQLite types values per row, so a column that mixes types (numbers and text) falls back to text and is
/// inferred like a CSV column.</remarks>
internal sealed class SqlColumn(string name)
{
    private readonly List<double> _numbers = [];
    private readonly List<long> _ticks = [];
    private List<string?>? _text;
    private ColumnKind? _kind;
    private int _leadingNulls;
    private bool _hasTime;

    public string Name { get; } = name;

    public void Add(object? value)
    {
        if (value is null or DBNull)
        {
            if (_kind is null)
                _leadingNulls++;
            else if (_text is not null)
                _text.Add(null);
            else if (_kind == ColumnKind.DateTime)
                _ticks.Add(Tables.DateTimeColumn.Missing);
            else
                _numbers.Add(double.NaN);
            return;
        }
        var kind = value switch
        {
            bool => ColumnKind.Boolean,
            sbyte or byte or short or ushort or int or uint or long or ulong => ColumnKind.Integer,
            float or double or decimal => ColumnKind.Number,
            DateTime or DateTimeOffset or DateOnly => ColumnKind.DateTime,
            _ => ColumnKind.Text,
        };
        if (_kind is null)
            Start(kind);
        else if (_kind != kind && _text is null && !(_kind is ColumnKind.Integer or ColumnKind.Number && kind is ColumnKind.Integer or ColumnKind.Number))
            SwitchToText();
        if (_kind == ColumnKind.Integer && kind == ColumnKind.Number)
            _kind = ColumnKind.Number;
        if (_text is not null)
            _text.Add(value is DateTime or DateTimeOffset or DateOnly ? FormatDate(Ticks(value)) : Convert.ToString(value, CultureInfo.InvariantCulture));
        else if (_kind == ColumnKind.DateTime)
            _ticks.Add(Ticks(value));
        else
            _numbers.Add(value is bool b ? (b ? 1 : 0) : Convert.ToDouble(value, CultureInfo.InvariantCulture));
    }

    public ColumnValues ToValues()
    {
        if (_kind is null)
            return new ColumnValues(ColumnKind.Text, Strings: new string?[_leadingNulls]);
        if (_text is not null)
            return new ColumnValues(ColumnKind.Text, Strings: [.. _text]);
        if (_kind == ColumnKind.DateTime)
            return new ColumnValues(ColumnKind.DateTime, Ticks: [.. _ticks], HasTime: _hasTime);
        return new ColumnValues(_kind.Value, Numbers: [.. _numbers]);
    }

    private void Start(ColumnKind kind)
    {
        _kind = kind;
        if (kind == ColumnKind.Text)
            _text = [.. Enumerable.Repeat<string?>(null, _leadingNulls)];
        else if (kind == ColumnKind.DateTime)
            _ticks.AddRange(Enumerable.Repeat(Tables.DateTimeColumn.Missing, _leadingNulls));
        else
            _numbers.AddRange(Enumerable.Repeat(double.NaN, _leadingNulls));
    }

    private void SwitchToText() =>
        _text = _kind == ColumnKind.DateTime
            ? [.. _ticks.Select(t => t == Tables.DateTimeColumn.Missing ? null : FormatDate(t))]
            : [.. _numbers.Select(v => double.IsNaN(v) ? null : v.ToString("R", CultureInfo.InvariantCulture))];

    private long Ticks(object value)
    {
        var ticks = value switch
        {
            DateTimeOffset o => o.UtcTicks,
            DateOnly d => d.DayNumber * TimeSpan.TicksPerDay,
            DateTime { Kind: DateTimeKind.Local } t => t.ToUniversalTime().Ticks,
            _ => ((DateTime)value).Ticks,
        };
        _hasTime |= ticks % TimeSpan.TicksPerDay != 0;
        return ticks;
    }

    private static string FormatDate(long ticks) => new DateTime(ticks, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
