using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Explanation;

/// <summary>One input row whose values are replaced before each prediction, as ML.NET's prediction engine feeds its mapper:
/// the model's row mapper is built once and each prediction only moves the row's position and reads the output getter.</summary>
/// <remarks>Each column keeps one single-element array of its type for the row's life, written in place, so a prediction
/// allocates nothing here.</remarks>
internal sealed class SettableRow : DataViewRow
{
    private readonly DataViewSchema _schema;
    private readonly Array[] _values;
    private long _position = -1;

    public SettableRow(DataViewSchema schema)
    {
        _schema = schema;
        _values = [.. schema.Select(c => c.Type switch
        {
            BooleanDataViewType => (Array)new bool[1],
            TextDataViewType => new ReadOnlyMemory<char>[1],
            _ => new float[1],
        })];
    }

    public override long Position => _position;

    public override long Batch => 0;

    public override DataViewSchema Schema => _schema;

    /// <summary>Sets a text column of the next row.</summary>
    public void SetText(int column, ReadOnlyMemory<char> value) => ((ReadOnlyMemory<char>[])_values[column])[0] = value;

    /// <summary>Sets a number column of the next row.</summary>
    public void SetNumber(int column, float value) => ((float[])_values[column])[0] = value;

    /// <summary>Moves to the next row once its columns are set: a new position tells the mapper's getters that cached values
    /// are stale.</summary>
    public void Advance() => _position++;

    public override bool IsColumnActive(DataViewSchema.Column column) => true;

    public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId id) => id = new DataViewRowId((ulong)_position, 0);

    public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
    {
        var values = (TValue[])_values[column.Index];
        return (ref TValue value) => value = values[0];
    }
}
