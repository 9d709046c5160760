using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Explanation;

/// <summary>One input row whose values are replaced before each prediction, as ML.NET's prediction engine feeds its mapper:
/// the model's row mapper is built once and each prediction only moves the row's position and reads the output getter.</summary>
internal sealed class SettableRow(DataViewSchema schema) : DataViewRow
{
    private readonly Array[] _values = new Array[schema.Count];
    private long _position = -1;

    public override long Position => _position;

    public override long Batch => 0;

    public override DataViewSchema Schema => schema;

    /// <summary>Gives the next row's values, one single-element array per column of the schema; a new position tells the
    /// mapper's getters that cached values are stale.</summary>
    public void Set(Func<DataViewSchema.Column, Array> value)
    {
        foreach (var column in schema)
            _values[column.Index] = value(column);
        _position++;
    }

    public override bool IsColumnActive(DataViewSchema.Column column) => true;

    public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId id) => id = new DataViewRowId((ulong)_position, 0);

    public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) =>
        (ref TValue value) => value = ((TValue[])_values[column.Index])[0];
}
