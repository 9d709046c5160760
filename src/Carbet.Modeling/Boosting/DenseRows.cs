using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Boosting;

/// <summary>Featurized rows copied out of a data view into one row-major matrix, as LightGBM's C API reads them.</summary>
/// <param name="Features">Row after row, <paramref name="Columns"/> values each.</param>
/// <param name="Labels">1 for a positive row, 0 for a negative one.</param>
/// <param name="Weights">Each row's weight, or null when rows are not weighted.</param>
internal sealed record DenseRows(float[] Features, float[] Labels, float[]? Weights, int Count, int Columns)
{
    /// <summary>Whether any feature value is missing (NaN).</summary>
    public bool HasMissing { get; } = Array.Exists(Features, float.IsNaN);

    /// <summary>Reads the <c>Features</c> and <c>Label</c> columns, and <paramref name="weightColumn"/> when given (a missing
    /// weight counts 1, as ML.NET's LightGBM trainer reads it).</summary>
    public static DenseRows From(IDataView view, string? weightColumn)
    {
        ArgumentNullException.ThrowIfNull(view);
        var featureColumn = view.Schema[FamilyColumns.Features];
        var columns = ((VectorDataViewType)featureColumn.Type).Size;
        var (features, labels, weights) = (new List<float>(), new List<float>(), weightColumn is null ? null : new List<float>());
        var wanted = weightColumn is null
            ? new[] { featureColumn, view.Schema[FamilyColumns.Label] }
            : new[] { featureColumn, view.Schema[FamilyColumns.Label], view.Schema[weightColumn] };
        using var cursor = view.GetRowCursor(wanted);
        var getFeatures = cursor.GetGetter<VBuffer<float>>(featureColumn);
        var getLabel = cursor.GetGetter<bool>(view.Schema[FamilyColumns.Label]);
        var getWeight = weightColumn is null ? null : cursor.GetGetter<float>(view.Schema[weightColumn]);
        var (vector, label, weight, dense) = (default(VBuffer<float>), false, 0f, new float[columns]);
        while (cursor.MoveNext())
        {
            getFeatures(ref vector);
            vector.CopyTo(dense);
            features.AddRange(dense);
            getLabel(ref label);
            labels.Add(label ? 1 : 0);
            if (getWeight is not null)
            {
                getWeight(ref weight);
                weights!.Add(float.IsNaN(weight) ? 1 : weight);
            }
        }
        return new DenseRows([.. features], [.. labels], weights?.ToArray(), labels.Count, columns);
    }
}
