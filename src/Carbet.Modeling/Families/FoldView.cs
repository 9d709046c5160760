using System.Collections.Immutable;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Families;

/// <summary>The rows of a view that one side of a cross-validation fold keeps, by row number.</summary>
/// <remarks>ML.NET filters see column values only, not row numbers, so the fold of each row is looked up
/// by counting rows of an unshuffled cursor; hence this view never shuffles.</remarks>
internal sealed class FoldView(IDataView inner, ImmutableArray<bool> keep) : IDataView
{
    public bool CanShuffle => false;

    public DataViewSchema Schema => inner.Schema;

    public long? GetRowCount() => null;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new Cursor(inner.GetRowCursor(columnsNeeded), this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded)];

    private bool Keeps(long row) => keep[checked((int)row)];

    private sealed class Cursor(DataViewRowCursor inner, FoldView view) : DataViewRowCursor
    {
        private long _row = -1;
        private long _position = -1;

        public override DataViewSchema Schema => inner.Schema;

        public override long Position => _position;

        public override long Batch => 0;

        public override bool MoveNext()
        {
            while (inner.MoveNext())
            {
                _row++;
                if (view.Keeps(_row))
                {
                    _position++;
                    return true;
                }
            }
            return false;
        }

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) => inner.GetGetter<TValue>(column);

        public override ValueGetter<DataViewRowId> GetIdGetter() => inner.GetIdGetter();

        public override bool IsColumnActive(DataViewSchema.Column column) => inner.IsColumnActive(column);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
