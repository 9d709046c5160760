using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Explanation;

/// <summary>Rows held in memory as one array per column (boolean, single, text or a class key), optionally read with one column's
/// rows reordered: the view a permutation needs without copying the other columns.</summary>
internal sealed class ColumnsView : IDataView
{
    private readonly IReadOnlyList<Array> _values;
    private readonly int _rows;
    private readonly int _permuted;
    private readonly int[]? _order;

    public ColumnsView(DataViewSchema schema, IReadOnlyList<Array> values, int permuted = -1, int[]? order = null)
    {
        (Schema, _values, _permuted, _order) = (schema, values, permuted, order);
        _rows = values.Count == 0 ? 0 : values[0].Length;
    }

    public DataViewSchema Schema { get; }

    public bool CanShuffle => false;

    public long? GetRowCount() => _rows;

    public ColumnsView Permuted(int column, int[] order) => new(Schema, _values, column, order);

    /// <summary>The rows at <paramref name="picked"/>, in that order, copied into new columns.</summary>
    public ColumnsView Rows(int[] picked)
    {
        var columns = _values.Select(values =>
        {
            var copy = Array.CreateInstance(values.GetType().GetElementType()!, picked.Length);
            for (var i = 0; i < picked.Length; i++)
                copy.SetValue(values.GetValue(picked[i]), i);
            return copy;
        });
        return new ColumnsView(Schema, [.. columns]);
    }

    /// <summary>The values of one column in stored order (no permutation applied).</summary>
    public T[] Values<T>(DataViewSchema.Column column) => (T[])_values[column.Index];

    /// <summary>Reads the boolean, single, text and class key columns of <paramref name="data"/> into memory, but those named in
    /// <paramref name="leaveOut"/>; other columns are left out.</summary>
    public static ColumnsView Read(IDataView data, params string[] leaveOut)
    {
        var columns = data.Schema.Where(c => !c.IsHidden && !leaveOut.Contains(c.Name)
            && (c.Type is BooleanDataViewType || c.Type == NumberDataViewType.Single || c.Type is TextDataViewType || c.Type is KeyDataViewType { RawType: var raw } && raw == typeof(uint))).ToList();
        var builder = new DataViewSchema.Builder();
        foreach (var column in columns)
            builder.AddColumn(column.Name, column.Type);
        var lists = columns.Select(c => c.Type switch
        {
            BooleanDataViewType => (System.Collections.IList)new List<bool>(),
            TextDataViewType => new List<ReadOnlyMemory<char>>(),
            KeyDataViewType => new List<uint>(),
            _ => new List<float>(),
        }).ToList();
        using (var cursor = data.GetRowCursor(columns))
        {
            var readers = columns.Select((c, i) => Reader(cursor, c, lists[i])).ToList();
            while (cursor.MoveNext())
                readers.ForEach(read => read());
        }
        return new ColumnsView(builder.ToSchema(), [.. lists.Select(ToArray)]);
    }

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new Cursor(this)];

    private static Action Reader(DataViewRowCursor cursor, DataViewSchema.Column column, System.Collections.IList list)
    {
        switch (column.Type)
        {
            case BooleanDataViewType:
                var getBool = cursor.GetGetter<bool>(column);
                return () => { bool v = default; getBool(ref v); list.Add(v); };
            case KeyDataViewType:
                var getKey = cursor.GetGetter<uint>(column);
                return () => { uint v = default; getKey(ref v); list.Add(v); };
            case TextDataViewType:
                var getText = cursor.GetGetter<ReadOnlyMemory<char>>(column);
                return () => { ReadOnlyMemory<char> v = default; getText(ref v); list.Add(v.ToString().AsMemory()); };
            default:
                var getFloat = cursor.GetGetter<float>(column);
                return () => { float v = default; getFloat(ref v); list.Add(v); };
        }
    }

    private static Array ToArray(System.Collections.IList list) => list switch
    {
        List<bool> b => b.ToArray(),
        List<ReadOnlyMemory<char>> t => t.ToArray(),
        List<float> f => f.ToArray(),
        List<uint> k => k.ToArray(),
        _ => throw new InvalidOperationException("Unexpected column list."),
    };

    private sealed class Cursor(ColumnsView view) : DataViewRowCursor
    {
        private int _position = -1;

        public override long Position => _position;

        public override long Batch => 0;

        public override DataViewSchema Schema => view.Schema;

        public override bool IsColumnActive(DataViewSchema.Column column) => true;

        public override bool MoveNext() => ++_position < view._rows;

        public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId id) => id = new DataViewRowId((ulong)_position, 0);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            var values = (TValue[])view._values[column.Index];
            var order = column.Index == view._permuted ? view._order : null;
            return (ref TValue value) => value = values[order is null ? _position : order[_position]];
        }
    }
}
