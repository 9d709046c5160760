using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Features;

/// <summary>A view with float columns added whose values are given per row number, such as out-of-fold encodings and weights.</summary>
/// <remarks>Values are matched to rows by counting rows of an unshuffled cursor, so this view never shuffles.</remarks>
internal sealed class AppendedColumnsView : IDataView
{
    private readonly IDataView _inner;
    private readonly float[][] _values;

    public AppendedColumnsView(IDataView inner, IReadOnlyList<(string Name, float[] Values)> columns)
    {
        _inner = inner;
        _values = [.. columns.Select(c => c.Values)];
        var builder = new DataViewSchema.Builder();
        builder.AddColumns(inner.Schema);
        foreach (var (name, _) in columns)
            builder.AddColumn(name, NumberDataViewType.Single);
        Schema = builder.ToSchema();
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _inner.GetRowCount();

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null)
    {
        var needed = columnsNeeded.Select(c => c.Index).ToHashSet();
        var innerNeeded = _inner.Schema.Where(c => needed.Contains(c.Index));
        return new Cursor(_inner.GetRowCursor(innerNeeded), this, needed);
    }

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded)];

    private sealed class Cursor(DataViewRowCursor inner, AppendedColumnsView view, HashSet<int> needed) : DataViewRowCursor
    {
        private long _row = -1;

        public override DataViewSchema Schema => view.Schema;

        public override long Position => _row;

        public override long Batch => 0;

        public override bool MoveNext()
        {
            if (!inner.MoveNext())
                return false;
            _row++;
            return true;
        }

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            var own = column.Index - inner.Schema.Count;
            if (own < 0)
                return inner.GetGetter<TValue>(inner.Schema[column.Index]);
            var values = view._values[own];
            ValueGetter<float> getter = (ref float value) => value = values[checked((int)_row)];
            return getter as ValueGetter<TValue> ?? throw new InvalidOperationException($"Column '{column.Name}' holds floats, not {typeof(TValue).Name}.");
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() => inner.GetIdGetter();

        public override bool IsColumnActive(DataViewSchema.Column column) =>
            column.Index < inner.Schema.Count ? inner.IsColumnActive(inner.Schema[column.Index]) : needed.Contains(column.Index);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
