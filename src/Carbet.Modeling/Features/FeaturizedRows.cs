using Microsoft.ML;

namespace Carbet.Modeling.Features;

/// <summary>Training and held-out rows already through a fitted feature chain, held in memory, so that many trainers can be
/// fitted and scored on them without running the chain again.</summary>
/// <param name="Train">The training rows: <c>Features</c>, <c>Label</c> and, when rows are weighted, the weight column.</param>
/// <param name="Test">The held-out rows: <c>Features</c> and <c>Label</c>.</param>
/// <param name="WeightColumn">The column a trainer reads row weights from, or null when rows are not weighted.</param>
internal sealed record FeaturizedRows(IDataView Train, IDataView Test, string? WeightColumn)
{
    /// <summary>Reads <paramref name="columns"/> of <paramref name="view"/> into memory once, in row order.</summary>
    public static IDataView Materialize(MLContext ml, IDataView view, string[] columns)
    {
        var cached = ml.Data.Cache(ml.Transforms.SelectColumns(columns).Fit(view).Transform(view), columns);
        // filled here, on one thread, rather than by whichever trial first reads it
        using (var cursor = cached.GetRowCursor(cached.Schema))
        {
            while (cursor.MoveNext())
            {
            }
        }
        return new SequentialView(cached);
    }
}
