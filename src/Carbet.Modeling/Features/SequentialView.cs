using Microsoft.ML;

namespace Carbet.Modeling.Features;

/// <summary>A view that is read in order only: it never shuffles, gives no row count and opens one cursor at a time.</summary>
/// <remarks>A trainer may shuffle, split its reading or size its buffers by what a view offers; the fold and appended-column
/// views offer none of it, so rows cached from them are wrapped in this to be trained on exactly as the views themselves.</remarks>
internal sealed class SequentialView(IDataView inner) : IDataView
{
    public bool CanShuffle => false;

    public DataViewSchema Schema => inner.Schema;

    public long? GetRowCount() => null;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        inner.GetRowCursor(columnsNeeded);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded)];
}
